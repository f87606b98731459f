package com.estate.billing.unit;

/**
 * An event needs a unit's facts that billing has not learned yet (its unit.registered travels on another partition
 * and may come a moment later). Not transient on purpose: the platform's error handler retries it like any failure
 * that is not an outage ({@code app.kafka.retry.max-attempts}, with back-off), which covers a unit.registered that is
 * only a little late, and then sends the event to the DLT with this message as the reason, instead of holding the
 * partition for ever when the unit never comes (infra/ARCHITECTURE.md §29). Replaying it from the DLT once the unit
 * is known is safe: the consumers are idempotent.
 */
public class UnitNotKnownYetException extends RuntimeException {

    public UnitNotKnownYetException(String unitId) {
        super("unit " + unitId + " is not known to billing yet");
    }
}
