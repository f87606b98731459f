package com.estate.billing.pdf;

/** Where a table cell's text sits in its column: amounts right, everything else left. */
public enum Align {
    LEFT, CENTER, RIGHT
}
