package com.estate.workorder.returnvisit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * When a return visit (回访) is due (infra/BUSINESS-RULES.md §2, read as §12 says): safety facilities within 2 days of
 * the repair, leaks within 3 days after the leak test that follows it, everything else within 2 days. Days are
 * calendar days of the community's time zone: "within 2 days" of a repair finished on Monday is by the end of
 * Wednesday there, so the due instant is the start of the following day, exclusive.
 *
 * @param safetyCategories the community's repair category codes that are safety facilities
 * @param leakCategories   the category codes whose visits wait for a leak test
 */
public record ReturnVisitDeadlines(Set<String> safetyCategories, Set<String> leakCategories, int safetyDays,
        int leakDays, int otherDays) {

    public ReturnVisitDeadlines {
        safetyCategories = Set.copyOf(safetyCategories);
        leakCategories = Set.copyOf(leakCategories);
        if (safetyDays < 0 || leakDays < 0 || otherDays < 0) {
            throw new IllegalArgumentException("a return visit's days are never negative");
        }
    }

    /** The manual's numbers with the suite's default category codes. */
    public static ReturnVisitDeadlines standard() {
        return new ReturnVisitDeadlines(Set.of("safety-facility"), Set.of("leak"), 2, 3, 2);
    }

    public DeadlineBasis basisFor(String category) {
        return leakCategories.contains(category) ? DeadlineBasis.LEAK_TEST : DeadlineBasis.COMPLETION;
    }

    public int daysFor(String category) {
        if (leakCategories.contains(category)) {
            return leakDays;
        }
        return safetyCategories.contains(category) ? safetyDays : otherDays;
    }

    /**
     * @param startedOn the day the clock starts in the community: the repair's completion, or for a leak the leak test
     * @return the first instant at which the visit is late
     */
    public Instant dueBy(String category, LocalDate startedOn, ZoneId zone) {
        Objects.requireNonNull(startedOn, "startedOn");
        return startedOn.plusDays(daysFor(category) + 1L).atStartOfDay(zone).toInstant();
    }

    /** As {@link #dueBy(String, LocalDate, ZoneId)} from an instant, counted on its day in the community's zone. */
    public Instant dueBy(String category, Instant startedAt, ZoneId zone) {
        return dueBy(category, LocalDate.ofInstant(startedAt, zone), zone);
    }
}
