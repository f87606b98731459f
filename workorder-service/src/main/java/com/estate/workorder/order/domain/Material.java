package com.estate.workorder.order.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** A material used for the repair, as the technician recorded it when finishing. */
public record Material(String name, BigDecimal quantity, String unit) {

    public Material {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(quantity, "quantity");
    }
}
