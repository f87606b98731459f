package com.estate.resident.custody.domain;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

/**
 * The patrol requests of a custody, each with an id derived from what it is for, so that the hourly weekly job, a
 * repeated alert or a redelivered command asks for one patrol per unit and week, or per unit, alert and phase.
 */
public final class PatrolRequests {

    private PatrolRequests() {
    }

    /** The ISO week ({@code 2026-W49}) that {@code day} falls in. */
    public static String isoWeek(LocalDate day) {
        return "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** This week's patrol of the custody, due by the end of the week (Sunday midnight in the community). */
    public static PatrolRequest weekly(Custody custody, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, custody.timeZone());
        String week = isoWeek(today);
        LocalDate nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        return new PatrolRequest(id(custody.id() + "/weekly/" + week), PatrolReason.WEEKLY, week, null, null,
                nextMonday.atStartOfDay(custody.timeZone()).toInstant(), now, null);
    }

    /** Before the rain: due by when it is expected to start. */
    public static PatrolRequest beforeRain(Custody custody, String alertId, Instant expectedFrom, Instant now) {
        return new PatrolRequest(id(custody.id() + "/" + alertId + "/before"), PatrolReason.BEFORE_HEAVY_RAIN, null,
                alertId, null, expectedFrom, now, null);
    }

    /** After the rain: not before it is expected to end, and within {@code within} of that. */
    public static PatrolRequest afterRain(Custody custody, String alertId, Instant expectedUntil, Duration within,
            Instant now) {
        return new PatrolRequest(id(custody.id() + "/" + alertId + "/after"), PatrolReason.AFTER_HEAVY_RAIN, null,
                alertId, expectedUntil, expectedUntil.plus(within), now, null);
    }

    private static String id(String name) {
        return UUID.nameUUIDFromBytes(("custody-patrol:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
