package com.estate.workorder.statistics.messaging;

import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.EventReader;
import com.estate.workorder.statistics.StatisticsProjection;
import com.estate.workorder.statistics.domain.OrderFact;
import com.estate.workorder.statistics.domain.VisitFact;
import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the monthly statistics from the service's own {@code workorder.events}, in its own consumer group
 * ({@code workorder-statistics}), so the statistics can be rebuilt by resetting that group alone. Reads, of each
 * type, only the fields it counts (tolerant reader): status changes, overdue targets, return visits, paid-work
 * charges; every other type on the topic is skipped.
 */
@Component
class StatisticsListener {

    static final String STATUS_CHANGED = "com.estate.workorder.order.status-changed.v1";
    static final String OVERDUE = "com.estate.workorder.order.overdue.v1";
    static final String RETURN_VISIT_COMPLETED = "com.estate.workorder.return-visit.completed.v1";
    static final String CHARGE_REQUESTED = "com.estate.workorder.charge.requested.v1";

    private final StatisticsProjection projection;
    private final EventReader reader;

    StatisticsListener(StatisticsProjection projection, EventReader reader) {
        this.projection = projection;
        this.reader = reader;
    }

    record Origin(String kind) {
    }

    record StatusChanged(String orderId, String communityId, String category, String status, Origin origin,
            long orderRevision, Instant changedAt, String channel, Boolean emergency, String assigneeId,
            Instant createdAt, Instant respondedAt, Instant completedAt) {

        OrderFact.Status toStatus() {
            Instant opened = createdAt != null ? createdAt : orderRevision == 1 ? changedAt : null;
            String reached = channel != null ? channel : origin == null ? null : origin.kind();
            return new OrderFact.Status(orderRevision, opened, category, reached, status, assigneeId,
                    Boolean.TRUE.equals(emergency), origin != null && "return-visit".equals(origin.kind()),
                    respondedAt, completedAt);
        }
    }

    record Overdue(String orderId, String communityId, String deadline) {
    }

    record ReturnVisitCompleted(String returnVisitId, String orderId, String communityId, boolean satisfied,
            Integer rating, Boolean onTime, String reworkOrderId) {
    }

    record Source(String kind, String id) {
    }

    record ChargeRequested(String chargeId, String communityId, String itemCode, BigDecimal amount, Source source) {
    }

    @KafkaListener(id = "workorder-statistics", topics = "workorder.events")
    void on(CloudEvent event) {
        switch (event.type()) {
            case STATUS_CHANGED -> {
                StatusChanged data = reader.data(event, StatusChanged.class);
                projection.apply(data.orderId(), data.communityId(), fact -> fact.withStatus(data.toStatus()));
            }
            case OVERDUE -> {
                Overdue data = reader.data(event, Overdue.class);
                projection.apply(data.orderId(), data.communityId(), fact -> fact.withOverdue(data.deadline()));
            }
            case RETURN_VISIT_COMPLETED -> {
                ReturnVisitCompleted data = reader.data(event, ReturnVisitCompleted.class);
                VisitFact visit = new VisitFact(data.returnVisitId(), data.satisfied(), data.rating(), data.onTime(),
                        data.reworkOrderId());
                projection.apply(data.orderId(), data.communityId(), fact -> fact.withVisit(visit));
            }
            case CHARGE_REQUESTED -> {
                ChargeRequested data = reader.data(event, ChargeRequested.class);
                if (data.source() != null && "work-order".equals(data.source().kind())) {
                    projection.apply(data.source().id(), data.communityId(),
                            fact -> fact.withCharge(data.chargeId(), data.amount()));
                }
            }
            default -> {
                // another type on the topic: not counted
            }
        }
    }
}
