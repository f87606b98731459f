package com.estate.billing.dunning.domain;

import com.estate.platform.money.Money;
import java.time.Instant;

/**
 * One step of a case: opened at {@link DunningStage#LISTED} ({@code from} empty), moved on, or closed ({@code to}
 * empty). What {@code dunning.stage-changed} announces.
 *
 * @param overdue what was overdue when it happened
 */
public record StageChange(DunningStage from, DunningStage to, Trigger trigger, Money overdue, String by,
        Instant at) {

    /** Why the case moved. */
    public enum Trigger {
        /** The scanner: arrears appeared, a deadline passed. */
        SCHEDULE,
        /** A staff member's action (a phone call that reached the household, an SMS sent at the desk). */
        STAFF,
        /** The arrears were paid in full. */
        PAID
    }

    public boolean closes() {
        return to == null;
    }
}
