package com.estate.workorder.duty.domain;

/** Which hours a day's shifts keep: the community's summer schedule decides (infra/BUSINESS-RULES.md §9). */
public enum Season {
    STANDARD, SUMMER
}
