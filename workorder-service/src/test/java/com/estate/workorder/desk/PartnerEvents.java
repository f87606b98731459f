package com.estate.workorder.desk;

import com.estate.contracts.ContractEvents;
import com.estate.testsupport.KafkaTestClient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes events as their producers' outboxes write them (checked against infra/contracts first): resident-service's
 * custody patrol requests and renovations, and workorder-service's own order events, which return visits
 * follow. Each returns the event's JSON, so a test can deliver the very same event again.
 */
public final class PartnerEvents {

    private final KafkaTestClient kafka;
    private final ContractEvents contracts = new ContractEvents();

    PartnerEvents(KafkaTestClient kafka) {
        this.kafka = kafka;
    }

    /** Delivers an event (again), keyed by its subject. */
    public void deliver(String topic, String subject, String event) {
        kafka.send(topic, subject, event);
    }

    public String orderCompleted(String orderId, String communityId, String unitId, String category,
            long revision, Instant at) {
        return orderStatusChanged(orderId, communityId, unitId, category, "COMPLETED", revision, at);
    }

    public String orderStatusChanged(String orderId, String communityId, String unitId, String category,
            String status, long revision, Instant at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("orderId", orderId);
        data.put("communityId", communityId);
        if (unitId != null) {
            data.put("unitId", unitId);
        }
        data.put("category", category);
        data.put("title", "维修");
        data.put("status", status);
        data.put("origin", Map.of("kind", "app"));
        data.put("orderRevision", revision);
        data.put("changedAt", at.toString());
        return send("workorder.events", "com.estate.workorder.order.status-changed.v1", "/workorder-service",
                orderId, communityId, data);
    }

    public String leakTestRecorded(String orderId, String communityId, String unitId, LocalDate testedOn,
            long revision) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("orderId", orderId);
        data.put("communityId", communityId);
        data.put("unitId", unitId);
        data.put("category", "leak");
        data.put("testedOn", testedOn.toString());
        data.put("recordedBy", "staff-technician");
        data.put("orderRevision", revision);
        data.put("recordedAt", Instant.now().toString());
        return send("workorder.events", "com.estate.workorder.leak-test.recorded.v1", "/workorder-service", orderId,
                communityId, data);
    }

    /** @param reason WEEKLY, BEFORE_HEAVY_RAIN or AFTER_HEAVY_RAIN */
    public String custodyPatrolRequested(String requestId, String custodyId, String communityId, String unitId,
            String reason, Instant notBefore, Instant dueBy) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("requestId", requestId);
        data.put("custodyId", custodyId);
        data.put("communityId", communityId);
        data.put("unitId", unitId);
        data.put("reason", reason);
        data.put("isoWeek", reason.equals("WEEKLY") ? "2026-W28" : null);
        data.put("alertId", reason.equals("WEEKLY") ? null : "alert-1");
        data.put("notBefore", notBefore == null ? null : notBefore.toString());
        data.put("dueBy", dueBy.toString());
        data.put("requestedAt", Instant.now().toString());
        return send("resident.events", "com.estate.resident.custody.patrol-requested.v1", "/resident-service",
                custodyId, communityId, data, com.estate.platform.consumer.DerivedIds.of("custody-patrol-requested",
                        requestId));
    }

    public String renovationPermitted(String renovationId, String communityId, String unitId, LocalDate start,
            LocalDate end) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("renovationId", renovationId);
        data.put("communityId", communityId);
        data.put("unitId", unitId);
        data.put("permitNumber", "ZX-2026-0001");
        data.put("startDate", start.toString());
        data.put("endDate", end.toString());
        data.put("works", java.util.List.of(Map.of("description", "厨房改造", "changesStructure", false,
                "addsLoad", false)));
        data.put("authorityApprovalRequired", false);
        data.put("permittedAt", Instant.now().toString());
        return send("resident.events", "com.estate.resident.renovation.permitted.v1", "/resident-service",
                renovationId, communityId, data);
    }

    public String renovationCompleted(String renovationId, String communityId, String unitId, Instant at) {
        return send("resident.events", "com.estate.resident.renovation.completed.v1", "/resident-service",
                renovationId, communityId, Map.of("renovationId", renovationId, "communityId", communityId,
                        "unitId", unitId, "permitNumber", "ZX-2026-0001", "completedAt", at.toString()));
    }

    public String renovationAccepted(String renovationId, String communityId, String unitId) {
        return send("resident.events", "com.estate.resident.renovation.accepted.v1", "/resident-service",
                renovationId, communityId, Map.of("renovationId", renovationId, "communityId", communityId,
                        "unitId", unitId, "permitNumber", "ZX-2026-0001", "acceptedAt", Instant.now().toString()));
    }

    private String send(String topic, String type, String source, String subject, String communityId, Object data) {
        return send(topic, type, source, subject, communityId, data, UUID.randomUUID().toString());
    }

    private String send(String topic, String type, String source, String subject, String communityId, Object data,
            String eventId) {
        String event = contracts.of(eventId, type, source, subject, communityId, data);
        kafka.send(topic, subject, event);
        return event;
    }
}
