package com.estate.workorder.patrol.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * When a permitted renovation is inspected (infra/BUSINESS-RULES.md §4: maintenance and security monitor the works;
 * the cadence is §12's):
 * on its first day, every {@code intervalDays} after, and on its last day; each inspection is due by the end of its
 * day in the community's time zone. The acceptance inspection, once the owner reports the works finished, is due
 * {@code acceptanceDays} calendar days after that report.
 */
public record RenovationInspectionPlan(int intervalDays, int acceptanceDays) {

    public RenovationInspectionPlan {
        if (intervalDays < 1 || acceptanceDays < 0) {
            throw new IllegalArgumentException("inspections are at least a day apart");
        }
    }

    /** One day of the works an inspection is made on, as instants of the community. */
    public record Visit(LocalDate day, Instant notBefore, Instant dueBy) {
    }

    public List<Visit> routine(LocalDate firstDay, LocalDate lastDay, ZoneId zone) {
        List<Visit> visits = new ArrayList<>();
        LocalDate day = firstDay;
        while (!day.isAfter(lastDay)) {
            visits.add(visitOn(day, zone));
            day = day.plusDays(intervalDays);
        }
        if (lastDay.isAfter(firstDay) && !visits.getLast().day().equals(lastDay)) {
            visits.add(visitOn(lastDay, zone));
        }
        return visits;
    }

    public Visit acceptance(Instant reportedAt, ZoneId zone) {
        LocalDate reported = LocalDate.ofInstant(reportedAt, zone);
        return new Visit(reported.plusDays(acceptanceDays), reportedAt,
                reported.plusDays(acceptanceDays + 1L).atStartOfDay(zone).toInstant());
    }

    private static Visit visitOn(LocalDate day, ZoneId zone) {
        return new Visit(day, day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
