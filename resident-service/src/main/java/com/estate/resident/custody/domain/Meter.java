package com.estate.resident.custody.domain;

/** The meters read during custody, with the unit their readings are in. */
public enum Meter {
    /** Cubic metres (m³). */
    WATER("m3"),
    /** Kilowatt-hours. */
    ELECTRICITY("kWh");

    private final String unit;

    Meter(String unit) {
        this.unit = unit;
    }

    public String unit() {
        return unit;
    }
}
