package com.estate.workorder.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.testsupport.Scenario;
import com.estate.workorder.WorkOrderTest;
import com.estate.workorder.order.messaging.OrderStatusChangedV1;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Orders asked for by resident-service's events: one per origin, however often delivered. */
class EventIntakeTest extends WorkOrderTest {

    @Autowired
    WorkOrders orders;

    final Scenario scenario = new Scenario(kafka);

    Map<String, Object> defect(String defectId, int report) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("defectId", defectId);
        data.put("caseId", defectId.substring(0, defectId.indexOf(':')));
        data.put("unitId", unitId);
        data.put("communityId", communityId);
        data.put("room", "bathroom");
        data.put("item", "drainage");
        data.put("description", "地漏下水慢 the floor drain is slow");
        data.put("photoAttachmentIds", List.of());
        data.put("report", report);
        data.put("reportedAt", "2026-12-01T02:00:00Z");
        return data;
    }

    @Test
    void aMoveInDefectDeliveredThreeTimesIsOneOrderFollowedByItsOrigin() {
        String defectId = UUID.randomUUID() + ":1";
        String eventId = UUID.randomUUID().toString();
        String event = contractEvents.of(eventId, "com.estate.resident.movein.defect-reported.v1",
                "/resident-service", defectId, communityId, defect(defectId, 1));
        var opened = scenario.stimulate(() -> kafka.send("resident.events", defectId, event))
                .andWaitForEvent("workorder.events", OrderStatusChangedV1.TYPE.type(), OrderStatusChangedV1.class)
                .matching(e -> e.origin().id() != null && e.origin().id().equals(defectId)).toArrive();
        assertThat(opened.data().origin().kind()).isEqualTo("movein-defect");
        assertThat(opened.data().channel()).isEqualTo("MOVE_IN_DEFECT");
        assertThat(opened.data().category()).as("suggested by the dictionary from the text").isEqualTo("plumbing");

        kafka.send("resident.events", defectId, event);
        // resident-service re-publishing the same fact after a crash carries the same event id; a second event
        // about the same report (a replay under a new id) still names the same origin
        kafka.send("resident.events", defectId, contractEvents.of(UUID.randomUUID().toString(),
                "com.estate.resident.movein.defect-reported.v1", "/resident-service", defectId, communityId,
                defect(defectId, 1)));
        kafka.awaitConsumed("workorder-service", "resident.events", Duration.ofSeconds(30));
        long orders = kafka.readAll("workorder.events", Duration.ofSeconds(2)).stream()
                .filter(r -> r.value().contains(defectId)).count();
        assertThat(orders).isEqualTo(1);

        // reported again after a failed repair: a new order for the same origin
        var again = scenario.stimulate(() -> kafka.send("resident.events", defectId, contractEvents.of(
                        UUID.randomUUID().toString(), "com.estate.resident.movein.defect-reported.v1",
                        "/resident-service", defectId, communityId, defect(defectId, 2))))
                .andWaitForEvent("workorder.events", OrderStatusChangedV1.TYPE.type(), OrderStatusChangedV1.class)
                .matching(e -> defectId.equals(e.origin().id()) && !e.orderId().equals(opened.data().orderId()))
                .toArrive();
        assertThat(again.data().status()).isEqualTo("OPEN");
    }

    @Test
    void aCustodyAnomalyIsAnEmergencyOrderPerReading() {
        String readingId = "rd-" + UUID.randomUUID();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("custodyId", "cu-" + UUID.randomUUID());
        data.put("communityId", communityId);
        data.put("unitId", unitId);
        data.put("readingId", readingId);
        data.put("readOn", "2026-12-01");
        data.put("exceeded", List.of(Map.of("meter", "WATER", "unit", "m3", "start", "100.0", "reading", "106.2",
                "increase", "6.2", "threshold", "5")));
        data.put("detectedAt", "2026-12-01T02:00:00Z");
        String event = contractEvents.of(UUID.randomUUID().toString(),
                "com.estate.resident.custody.anomaly-detected.v1", "/resident-service", readingId, communityId, data);
        var opened = scenario.stimulate(() -> {
                    kafka.send("resident.events", readingId, event);
                    kafka.send("resident.events", readingId, event);
                })
                .andWaitForEvent("workorder.events", OrderStatusChangedV1.TYPE.type(), OrderStatusChangedV1.class)
                .matching(e -> readingId.equals(e.origin().id())).toArrive();
        assertThat(opened.data().origin().kind()).isEqualTo("custody-anomaly");
        assertThat(opened.data().emergency()).isTrue();
        assertThat(opened.data().category()).isEqualTo("plumbing");
        var order = orders.find(opened.data().orderId()).orElseThrow().value();
        assertThat(order.description()).contains("WATER +6.2 m3");
        kafka.awaitConsumed("workorder-service", "resident.events", Duration.ofSeconds(30));
        assertThat(kafka.readAll("workorder.events", Duration.ofSeconds(2)).stream()
                .filter(r -> r.value().contains(readingId)).count()).isEqualTo(1);
    }
}
