package com.estate.resident.custody.domain;

/**
 * Why a patrol of a unit in custody is asked for (infra/BUSINESS-RULES.md §1: every week, and before and after heavy
 * rain).
 */
public enum PatrolReason {
    WEEKLY,
    BEFORE_HEAVY_RAIN,
    AFTER_HEAVY_RAIN
}
