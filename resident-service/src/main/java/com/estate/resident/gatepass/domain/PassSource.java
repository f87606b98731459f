package com.estate.resident.gatepass.domain;

import java.util.Objects;

/** The record a pass was issued for: {@code release} (an item-release application) or {@code renovation}. */
public record PassSource(String kind, String id) {

    public PassSource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }
}
