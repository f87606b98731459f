package com.estate.workorder.statistics.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the monthly statistics need of one work order, assembled from the service's own events. Each kind of
 * event changes it idempotently by what it carries, not by counting deliveries: the status by
 * {@code orderRevision} (an older or repeated one changes nothing), overdue targets as a set, the return visit by
 * its id, charges by their deterministic {@code chargeId}.
 *
 * @param statusRevision the {@code orderRevision} of the status applied (0 before any)
 * @param charges        paid-work charges, each once by its charge id
 */
public record OrderFact(String orderId, String communityId, Instant createdAt, String category, String channel,
        String status, String assigneeId, boolean emergency, boolean rework, Instant respondedAt,
        Instant completedAt, long statusRevision, Set<String> overdue, VisitFact visit,
        List<Charge> charges) {

    public OrderFact {
        overdue = Set.copyOf(overdue);
        charges = List.copyOf(charges);
    }

    public static OrderFact of(String orderId, String communityId) {
        return new OrderFact(orderId, communityId, null, null, null, null, null, false, false, null, null, 0,
                Set.of(), null, List.of());
    }

    /** The order's status as an event of this revision told it. */
    public record Status(long revision, Instant createdAt, String category, String channel, String status,
            String assigneeId, boolean emergency, boolean rework, Instant respondedAt, Instant completedAt) {
    }

    public OrderFact withStatus(Status event) {
        if (event.revision() <= statusRevision) {
            return this;
        }
        return new OrderFact(orderId, communityId, event.createdAt() != null ? event.createdAt() : createdAt,
                event.category(), event.channel(), event.status(), event.assigneeId(), event.emergency(),
                event.rework(), event.respondedAt(), event.completedAt(), event.revision(), overdue, visit, charges);
    }

    public OrderFact withOverdue(String deadline) {
        if (overdue.contains(deadline)) {
            return this;
        }
        Set<String> next = new TreeSet<>(overdue);
        next.add(deadline);
        return new OrderFact(orderId, communityId, createdAt, category, channel, status, assigneeId, emergency, rework,
                respondedAt, completedAt, statusRevision, next, visit, charges);
    }

    public OrderFact withVisit(VisitFact completed) {
        if (completed.equals(visit)) {
            return this;
        }
        return new OrderFact(orderId, communityId, createdAt, category, channel, status, assigneeId, emergency, rework,
                respondedAt, completedAt, statusRevision, overdue, completed, charges);
    }

    /** A paid-work charge billing was asked for, in yuan. */
    public record Charge(String chargeId, BigDecimal amount) {
    }

    public OrderFact withCharge(String chargeId, BigDecimal amount) {
        if (charges.stream().anyMatch(charge -> charge.chargeId().equals(chargeId))) {
            return this;
        }
        List<Charge> next = new java.util.ArrayList<>(charges);
        next.add(new Charge(chargeId, amount));
        return new OrderFact(orderId, communityId, createdAt, category, channel, status, assigneeId, emergency, rework,
                respondedAt, completedAt, statusRevision, overdue, visit, next);
    }

    /** The month the order counts in: the one it was opened in, in the community's time zone; empty until known. */
    public java.util.Optional<YearMonth> month(ZoneId zone) {
        return java.util.Optional.ofNullable(createdAt).map(at -> YearMonth.from(at.atZone(zone)));
    }
}
