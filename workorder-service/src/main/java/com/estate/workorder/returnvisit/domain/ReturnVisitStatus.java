package com.estate.workorder.returnvisit.domain;

/**
 * WAITING: the repair is not completed yet, or a leak repair waits for its leak test, so no due time is known;
 * DUE: to be made by {@code dueBy}; DONE: made, with its outcome.
 */
public enum ReturnVisitStatus {
    WAITING,
    DUE,
    DONE
}
