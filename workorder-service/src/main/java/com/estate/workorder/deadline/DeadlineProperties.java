package com.estate.workorder.deadline;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Response and completion targets (infra/BUSINESS-RULES.md §14.3; defaults in the service's application.yml): one
 * pair for ordinary and one for emergency orders, each overridable per category code.
 *
 * @param scanInterval how often the overdue scanner looks (on one replica at a time)
 */
@ConfigurationProperties("app.workorder.deadlines")
public record DeadlineProperties(Targets normal, Targets emergency, Map<String, Targets> categories,
        Map<String, Targets> emergencyCategories, Duration scanInterval) {

    /** How long after intake a technician must have accepted, and the work must be finished. */
    public record Targets(Duration response, Duration completion) {
    }

    public DeadlineProperties {
        normal = normal == null ? new Targets(Duration.ofHours(4), Duration.ofDays(2)) : normal;
        emergency = emergency == null ? new Targets(Duration.ofMinutes(30), Duration.ofHours(24)) : emergency;
        categories = categories == null ? Map.of() : Map.copyOf(categories);
        emergencyCategories = emergencyCategories == null ? Map.of() : Map.copyOf(emergencyCategories);
        scanInterval = scanInterval == null ? Duration.ofMinutes(1) : scanInterval;
    }

    /** The targets of an order of the category: the category's own, else the general ones, per emergency flag. */
    public Targets targetsFor(String category, boolean isEmergency) {
        Targets general = isEmergency ? emergency : normal;
        Targets own = (isEmergency ? emergencyCategories : categories).get(category);
        if (own == null) {
            return general;
        }
        return new Targets(own.response() == null ? general.response() : own.response(),
                own.completion() == null ? general.completion() : own.completion());
    }

    public Deadlines deadlinesFrom(java.time.Instant intakeAt, String category, boolean isEmergency) {
        Targets targets = targetsFor(category, isEmergency);
        return Deadlines.of(intakeAt.plus(targets.response()), intakeAt.plus(targets.completion()));
    }
}
