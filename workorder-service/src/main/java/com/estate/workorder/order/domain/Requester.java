package com.estate.workorder.order.domain;

import java.util.Objects;

/**
 * Who reported the repair: a resident (their id), a staff member (their subject), or a process of the suite (the
 * service that raised it, e.g. {@code resident-service}).
 */
public record Requester(Kind kind, String id) {

    public enum Kind { RESIDENT, STAFF, SYSTEM }

    public Requester {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }
}
