package com.estate.billing.sharing.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** One unit taking part in a cost sharing, with its floor area in m². */
public record SharingUnit(String unitId, BigDecimal floorArea) {

    public SharingUnit {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(floorArea, "floorArea");
        if (floorArea.signum() < 0) {
            throw new IllegalArgumentException("a floor area is never negative: " + floorArea);
        }
        if (floorArea.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("a floor area has at most two decimal places: " + floorArea);
        }
    }
}
