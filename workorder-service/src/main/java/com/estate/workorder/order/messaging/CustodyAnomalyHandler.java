package com.estate.workorder.order.messaging;

import com.estate.platform.events.IntegrationEventType;
import com.estate.workorder.category.RepairCategories;
import com.estate.workorder.order.IntakeCommand;
import com.estate.workorder.order.WorkOrders;
import com.estate.workorder.order.domain.Channel;
import com.estate.workorder.order.domain.Origin;
import com.estate.workorder.order.domain.OriginKind;
import com.estate.workorder.order.domain.Requester;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A unit in custody whose meters rose past the thresholds (infra/BUSINESS-RULES.md §1): someone is sent at once, as
 * an emergency (an empty home with water running may be a burst pipe). One order per reading (origin
 * {@code custody-anomaly}, the reading id).
 */
@Component
class CustodyAnomalyHandler extends EventIntakeHandler<CustodyAnomalyHandler.AnomalyDetected> {

    static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.resident.custody.anomaly-detected.v1", "resident.events");

    /** The fields read from {@code custody.anomaly-detected.v1} (tolerant reader). */
    record AnomalyDetected(String custodyId, String communityId, String unitId, String readingId, String readOn,
            List<Exceeded> exceeded) {

        record Exceeded(String meter, String unit, String increase, String threshold) {
        }

        AnomalyDetected {
            Objects.requireNonNull(communityId, "communityId");
            Objects.requireNonNull(unitId, "unitId");
            Objects.requireNonNull(readingId, "readingId");
            exceeded = exceeded == null ? List.of() : List.copyOf(exceeded);
        }

        boolean water() {
            return exceeded.stream().anyMatch(e -> "WATER".equals(e.meter()));
        }
    }

    /** Water running in an empty home is the plumber's first; a meter of electricity the electrician's. */
    private static final String WATER_CATEGORY = "plumbing";
    private static final String ELECTRICITY_CATEGORY = "electrical";

    CustodyAnomalyHandler(WorkOrders orders, RepairCategories categories, IntakeProperties properties, Clock clock) {
        super(TYPE, orders, categories, properties.fallbackCategory(), clock);
    }

    @Override
    public Class<AnomalyDetected> dataType() {
        return AnomalyDetected.class;
    }

    @Override
    public String purpose() {
        return "custody-anomaly-intake";
    }

    @Override
    IntakeCommand command(AnomalyDetected anomaly) {
        String readings = anomaly.exceeded().stream()
                .map(e -> e.meter() + " +" + e.increase() + " " + e.unit() + " (> " + e.threshold() + ")")
                .collect(Collectors.joining(", "));
        String text = "[托管房屋读数异常 custody meter anomaly " + anomaly.readOn() + "] " + readings;
        String wanted = anomaly.water() ? WATER_CATEGORY : ELECTRICITY_CATEGORY;
        return new IntakeCommand(anomaly.communityId(), anomaly.unitId(), null,
                new Requester(Requester.Kind.SYSTEM, "resident-service"), null, null,
                known(anomaly.communityId(), wanted), text, List.of(), null, true, Channel.CUSTODY,
                new Origin(OriginKind.CUSTODY_ANOMALY, anomaly.readingId()));
    }
}
