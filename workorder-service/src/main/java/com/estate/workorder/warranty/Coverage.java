package com.estate.workorder.warranty;

/** Who pays for a repair: FREE (in warranty, a public area, or staff said so) or PAID (a quote the resident accepts). */
public enum Coverage {
    FREE,
    PAID
}
