package com.estate.workorder.quote;

/** What a price-list item charges for. */
public enum PriceKind {
    LABOUR,
    MATERIAL
}
