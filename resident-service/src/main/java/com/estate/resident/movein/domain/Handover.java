package com.estate.resident.movein.domain;

import java.util.Objects;

/**
 * What the desk hands the owner: keys, the resident handbook, the water and electricity layout drawings; done once
 * the owner acknowledges receiving them.
 */
public record Handover(int keys, boolean residentHandbook, boolean waterElectricDrawings, Done handedOver,
        Done acknowledged) {

    public Handover {
        if (keys < 1) {
            throw new IllegalArgumentException("at least one key is handed over");
        }
        Objects.requireNonNull(handedOver, "handedOver");
    }

    public boolean isAcknowledged() {
        return acknowledged != null;
    }
}
