package com.estate.workorder.service.domain;

/** How a catalog item is priced: per job, per hour, or per square metre of the area served. */
public enum PricingUnit {
    PER_JOB,
    PER_HOUR,
    PER_SQUARE_METRE
}
