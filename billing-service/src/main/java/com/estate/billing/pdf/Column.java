package com.estate.billing.pdf;

import java.util.Objects;

/**
 * One column of a {@link Block.Table}: its header, its share of the table's width (weights are relative to each
 * other) and how its cells align.
 */
public record Column(String header, float weight, Align align) {

    public Column {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(align, "align");
        if (!(weight > 0)) {
            throw new IllegalArgumentException("a column's weight must be positive: " + weight);
        }
    }

    public static Column left(String header, float weight) {
        return new Column(header, weight, Align.LEFT);
    }

    public static Column right(String header, float weight) {
        return new Column(header, weight, Align.RIGHT);
    }
}
