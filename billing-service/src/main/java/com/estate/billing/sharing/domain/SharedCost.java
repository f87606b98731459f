package com.estate.billing.sharing.domain;

/** What a public cost shared among the units is for (公共水电费). */
public enum SharedCost {
    /** Public water: corridors, gardens, cleaning (公共用水). */
    PUBLIC_WATER,
    /** Public electricity: lifts, stair and corridor lights, pumps (公共用电). */
    PUBLIC_ELECTRICITY;

    /** The bill line's item code. */
    public String itemCode() {
        return name();
    }

    /** What the resident reads on the bill line. */
    public String description() {
        return this == PUBLIC_WATER ? "公共水费分摊" : "公共电费分摊";
    }
}
