package com.estate.resident.movein;

import static com.estate.testsupport.KafkaTestClient.data;
import static com.estate.testsupport.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;

import com.estate.testsupport.Scenario;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * billing's and workorder-service's events on the real broker, schema-valid: each applied once to the case it names
 * (a redelivery changes nothing, an older order event changes nothing), others' bills and orders ignored, and an
 * event naming no case dead-lettered while the partition keeps flowing.
 */
class MoveInPartnerEventsTest extends MoveInDesk {

    /** The service's own group: the platform router reads the partners' topics for the move-in handlers. */
    private static final String GROUP = "resident-service";

    /** The fields of notification.requested this test reads. */
    record NotificationRequested(String communityId, Recipient recipient, String templateKey,
            Map<String, String> params) {

        record Recipient(String kind, String id) {
        }
    }

    @Test
    void aRedeliveredBillIssuedOrPaidChangesNothing() {
        String caseId = opened();
        throughRegistration(caseId);
        String billId = "bill-" + UUID.randomUUID();
        String issued = billIssued(UUID.randomUUID().toString(), billId, caseId, unitId, communityId, "880.00");
        String paid = billPaid(UUID.randomUUID().toString(), billId, caseId, unitId, communityId, "880.00");
        publish("billing.events", "fa-" + unitId, issued);
        publish("billing.events", "fa-" + unitId, paid);
        awaitCase(caseId, c -> c.path("step").asString().equals("HANDOVER"));
        String etag = etag(caseId);

        publish("billing.events", "fa-" + unitId, issued);
        publish("billing.events", "fa-" + unitId, paid);
        kafka.awaitConsumed(GROUP, "billing.events", Duration.ofSeconds(30));
        assertThat(etag(caseId)).as("nothing applied twice").isEqualTo(etag);
        JsonNode fees = read(caseId).path("fees");
        assertThat(fees.path("billId").asString()).isEqualTo(billId);
        assertThat(fees.path("total").asString()).isEqualTo("880.00");
    }

    @Test
    void billsOfOtherRequestsAreIgnoredAndOneForNoCaseIsDeadLettered() {
        String periodicUnit = "unit-" + UUID.randomUUID();
        String periodic = billIssued(UUID.randomUUID().toString(), "bill-p", "x", periodicUnit, communityId, "12.00")
                .replace("\"requestedBy\":{\"kind\":\"move-in\",\"id\":\"x\"},", "");
        publish("billing.events", "fa-" + periodicUnit, periodic);
        String unknownCase = UUID.randomUUID().toString();
        publish("billing.events", "fa-" + unitId, billIssued(UUID.randomUUID().toString(), "bill-u", unknownCase,
                unitId, communityId, "10.00"));

        ConsumerRecord<String, String> dead = kafka.await("billing.events.DLT",
                r -> unknownCase.equals(data(r).path("requestedBy").path("id").asString(null)), Duration.ofSeconds(30));
        assertThat(header(dead, "kafka_dlt-exception-fqcn") + " " + header(dead, "kafka_dlt-exception-cause-fqcn"))
                .contains("InvalidEventException");
        // the partition kept flowing: a case's bill behind them still applies
        String caseId = opened();
        throughRegistration(caseId);
        publish("billing.events", "fa-" + unitId, billIssued(UUID.randomUUID().toString(), "bill-ok", caseId, unitId,
                communityId, "10.00"));
        awaitCase(caseId, c -> c.path("fees").path("billId").asString().equals("bill-ok"));
        kafka.awaitConsumed(GROUP, "billing.events", Duration.ofSeconds(30));
        assertThat(kafka.readAll("billing.events.DLT", Duration.ofSeconds(2)).stream()
                .filter(r -> periodicUnit.equals(data(r).path("unitId").asString(null)))).as("another request's bill is no error").isEmpty();
    }

    @Test
    void aCompletedOrderAsksTheOwnerForAReInspectionOnceAndOlderOrderEventsChangeNothing() {
        String caseId = opened();
        throughReadings(caseId);
        done(caseId, "inspection", agent, inspectionBody(caseId, 1));
        String defectId = caseId + ":1";
        String orderId = "wo-" + UUID.randomUUID();
        publish("workorder.events", orderId, orderChanged(UUID.randomUUID().toString(), orderId, communityId, unitId,
                defectId, "OPEN", 1));
        awaitCase(caseId, c -> c.path("inspection").path("defects").get(0).path("status").asString()
                .equals("IN_REPAIR"));

        String completed = orderChanged(UUID.randomUUID().toString(), orderId, communityId, unitId, defectId,
                "COMPLETED", 3);
        var asked = new Scenario(kafka)
                .stimulate(() -> publish("workorder.events", orderId, completed))
                .andWaitForEvent("notification.requests", "com.estate.platform.notification.requested.v1",
                        NotificationRequested.class)
                .matching(request -> caseId.equals(request.params().get("caseId")))
                .toArrive();
        assertThat(asked.data().recipient()).isEqualTo(new NotificationRequested.Recipient("RESIDENT", ownerId));
        assertThat(asked.data().templateKey()).isEqualTo("movein.re-inspection-requested");
        assertThat(asked.data().params()).containsEntry("defectId", defectId);
        JsonNode fixed = awaitCase(caseId, c -> c.path("inspection").path("defects").get(0).path("status")
                .asString().equals("FIXED"));
        assertThat(fixed.path("inspection").path("defects").get(0).path("orderId").asString()).isEqualTo(orderId);
        String etag = etag(caseId);

        publish("workorder.events", orderId, completed); // redelivered
        kafka.awaitConsumed(GROUP, "workorder.events", Duration.ofSeconds(30));
        assertThat(etag(caseId)).as("nothing applied twice").isEqualTo(etag);

        publish("workorder.events", orderId, orderChanged(UUID.randomUUID().toString(), orderId, communityId, unitId,
                defectId, "IN_PROGRESS", 2)); // older, late: remembered as seen, changes nothing the case shows
        kafka.awaitConsumed(GROUP, "workorder.events", Duration.ofSeconds(30));
        assertThat(read(caseId).path("inspection")).isEqualTo(fixed.path("inspection"));
        assertThat(kafka.readAll("notification.requests", Duration.ofSeconds(2)).stream()
                .filter(r -> caseId.equals(data(r).path("params").path("caseId").asString(null)))).as("asked once").hasSize(1);
    }

    @Test
    void ordersOfOtherOriginsAreIgnoredAndOneForNoDefectIsDeadLettered() {
        String otherOrder = "wo-" + UUID.randomUUID();
        publish("workorder.events", otherOrder, orderChanged(UUID.randomUUID().toString(), otherOrder, communityId,
                unitId, "x", "OPEN", 1).replace("\"kind\":\"movein-defect\"", "\"kind\":\"desk\""));
        String lost = "wo-" + UUID.randomUUID();
        publish("workorder.events", lost, orderChanged(UUID.randomUUID().toString(), lost, communityId, unitId,
                UUID.randomUUID() + ":1", "COMPLETED", 1));
        ConsumerRecord<String, String> dead = kafka.await("workorder.events.DLT", r -> lost.equals(r.key()),
                Duration.ofSeconds(30));
        assertThat(header(dead, "kafka_dlt-exception-fqcn") + " " + header(dead, "kafka_dlt-exception-cause-fqcn"))
                .contains("InvalidEventException");
        kafka.awaitConsumed(GROUP, "workorder.events", Duration.ofSeconds(30));
        assertThat(kafka.readAll("workorder.events.DLT", Duration.ofSeconds(2)).stream()
                .filter(r -> otherOrder.equals(r.key()))).isEmpty();
    }
}
