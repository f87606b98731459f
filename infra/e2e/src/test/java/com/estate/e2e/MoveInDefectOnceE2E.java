package com.estate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A move-in defect becomes exactly one work order, however often its event arrives: the desk records the inspection
 * with a defect through resident-service's move-in endpoints; workorder-service opens one order for it; the very
 * record resident-service's outbox published ({@code movein.defect-reported} on {@code resident.events}, keyed by the
 * case, the same CloudEvents id the consumer deduplicates by, the same headers) is delivered a second time, and once
 * workorder-service has read past it the community still has that one order.
 */
class MoveInDefectOnceE2E extends Journey {

    private static final String DEFECT_REPORTED = "com.estate.resident.movein.defect-reported.v1";

    @Test
    void aMoveInDefectDeliveredTwiceIsOneWorkOrder() throws InterruptedException {
        var steps = new MoveInSteps(gateway, admin);
        MoveInSteps.AtInspection movein = steps.toInspection(codes, "入住验房");
        String caseId = movein.caseId();
        String supervisor = gateway.newStaff(admin, "CS_SUPERVISOR", movein.communityId());

        try (Redelivery redelivery = new Redelivery(settings)) {
            Map<TopicPartition, Long> mark = redelivery.mark("resident.events");
            okReply(steps.desk().step(caseId, "inspection", """
                    {"acceptanceFormAttachmentId":"%s","defects":[{"room":"bathroom","item":"waterproofing",
                     "description":"淋浴区墙角渗水","photoAttachmentIds":["%s"]}]}"""
                    .formatted(steps.desk().upload(caseId, "document"), steps.desk().upload(caseId, "photo")), admin));
            ConsumerRecord<String, String> reported = redelivery.find(mark, record -> caseId.equals(record.key())
                    && DEFECT_REPORTED.equals(JsonMapper.shared().readTree(record.value()).path("type").asString()));
            String defectId = JsonMapper.shared().readTree(reported.value()).path("data").path("defectId").asString();

            List<JsonNode> first = Eventually.until("the work order of defect " + defectId,
                    () -> defectOrders(movein, supervisor), orders -> !orders.isEmpty());
            assertThat(first).hasSize(1);
            assertThat(first.getFirst().path("origin").path("id").asString()).isEqualTo(defectId);

            redelivery.awaitHandled("workorder-service", redelivery.republish(reported));

            List<JsonNode> after = defectOrders(movein, supervisor);
            assertThat(after).as("the same defect delivered again").hasSize(1);
            assertThat(after.getFirst().path("id").asString()).isEqualTo(first.getFirst().path("id").asString());
            String orderId = first.getFirst().path("id").asString();
            steps.desk().await(caseId, c -> orderId.equals(c.path("inspection").path("defects").get(0).path("orderId")
                    .asString()));
        }
    }

    /** The community's move-in-defect orders of the unit (a new community: no other test's). */
    private static List<JsonNode> defectOrders(MoveInSteps.AtInspection movein, String supervisor) {
        Reply orders = gateway.get("/api/work-orders?communityId=" + movein.communityId() + "&size=100", supervisor);
        assertThat(orders.status()).as("%s", orders).isEqualTo(200);
        return orders.json().path("items").valueStream().filter(o -> movein.unitId().equals(o.path("unitId")
                .asString()) && "MOVE_IN_DEFECT".equals(o.path("channel").asString())).toList();
    }
}
