package com.estate.resident.renovation.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A community's renovation rules: when works are allowed, what is prohibited (restated to every applicant, who
 * acknowledges them), and the waste-removal fee.
 */
public record RenovationRules(List<WorkingWindow> workingHours, List<String> prohibitions, WasteFeeRule wasteFee) {

    public RenovationRules {
        workingHours = List.copyOf(workingHours);
        prohibitions = List.copyOf(prohibitions);
    }

    /** Whether works at this instant are within the working hours, counted in the community's time zone. */
    public boolean allowsWorkAt(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        return workingHours.stream().anyMatch(window -> window.contains(local.getDayOfWeek(), local.toLocalTime()));
    }
}
