package com.estate.billing.dunning.domain;

/** What a contact came to. Only a contact that reached the household counts as the reminder's notice. */
public enum ContactOutcome {
    /** Reached; agreed to pay (record the date as a promise to pay). */
    REACHED_WILL_PAY,
    /** Reached; refuses to pay. */
    REACHED_REFUSED,
    /** Reached; disputes the charge. */
    REACHED_DISPUTED,
    /** Reached; no commitment. */
    REACHED_OTHER,
    NO_ANSWER,
    WRONG_NUMBER,
    /** An SMS or letter that was sent: the household is told, nobody answered yet. */
    SENT;

    public boolean reachedTheHousehold() {
        return this != NO_ANSWER && this != WRONG_NUMBER;
    }
}
