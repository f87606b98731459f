package com.estate.billing.charge;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.billing.BillingTest;
import com.estate.testsupport.KafkaTestClient;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One-off charges from resident-service and workorder-service: each chargeId once, said with charge.posted. */
class ChargeRequestsTest extends BillingTest {

    record ChargePosted(String chargeId, String accountId, String unitId, String itemCode, String amount,
            Map<String, String> source) {
    }

    @Autowired
    PendingCharges pendingCharges;

    Map<String, Object> charge(String chargeId, String unitId, String itemCode, String kind) {
        return Map.of("chargeId", chargeId, "communityId", communityId, "unitId", unitId, "itemCode", itemCode,
                "amount", "300.00", "currency", "CNY", "reason", "装修垃圾清运费",
                "source", Map.of("kind", kind, "id", "src-" + chargeId), "requestedAt", "2026-12-02T03:00:00Z");
    }

    @Test
    void aRenovationsWasteFeeIsPendingOnceHoweverOftenItIsRequested() {
        String unitId = "unit-" + UUID.randomUUID();
        String chargeId = "renovation-" + UUID.randomUUID() + ":RENOVATION_WASTE_REMOVAL";
        var posted = scenario.stimulate(() -> residentEvent("com.estate.resident.charge.requested.v1", "ren-1",
                        charge(chargeId, unitId, "RENOVATION_WASTE_REMOVAL", "renovation")))
                .andWaitForEvent("billing.events", "com.estate.billing.charge.posted.v1", ChargePosted.class)
                .matching(c -> chargeId.equals(c.chargeId())).toArrive();
        assertThat(posted.data().accountId()).isEqualTo(accountOf(unitId));
        assertThat(posted.data().amount()).isEqualTo("300.00");
        assertThat(posted.data().source()).containsEntry("kind", "renovation");
        assertThat(posted.subject()).isEqualTo(accountOf(unitId));

        // requested again after the requester's crash: a new event id, the same chargeId
        residentEvent("com.estate.resident.charge.requested.v1", "ren-1",
                charge(chargeId, unitId, "RENOVATION_WASTE_REMOVAL", "renovation"));
        kafka.awaitConsumed("billing-service", "resident.events", PATIENCE);
        assertThat(pendingCharges.pendingByUnit(communityId).get(unitId)).singleElement()
                .extracting(PendingCharge::chargeId).isEqualTo(chargeId);
        assertThat(kafka.readAll("billing.events", Duration.ofSeconds(2)).stream()
                .filter(r -> chargeId.equals(KafkaTestClient.data(r).path("chargeId").asString(null))))
                .as("charge.posted once").hasSize(1);
    }

    @Test
    void paidRepairsAndConvenienceServicesFromWorkorderServiceArePendingToo() {
        String unitId = "unit-" + UUID.randomUUID();
        String repair = "wo-" + UUID.randomUUID() + ":PAID_REPAIR";
        String service = "so-" + UUID.randomUUID() + ":CONVENIENCE_SERVICE";
        for (var c : new Object[][] {{repair, "PAID_REPAIR", "work-order"},
                {service, "CONVENIENCE_SERVICE", "service-order"}}) {
            kafka.send("workorder.events", "src", events.of(UUID.randomUUID().toString(),
                    "com.estate.workorder.charge.requested.v1", "/workorder-service", "src", communityId,
                    charge((String) c[0], unitId, (String) c[1], (String) c[2])));
        }
        org.awaitility.Awaitility.await().atMost(PATIENCE).until(() -> pendingCharges.pendingByUnit(communityId)
                .getOrDefault(unitId, java.util.List.of()).size() == 2);
        assertThat(pendingCharges.pendingByUnit(communityId).get(unitId)).extracting(PendingCharge::itemCode)
                .containsExactlyInAnyOrder("PAID_REPAIR", "CONVENIENCE_SERVICE");
        var posted = org.awaitility.Awaitility.await().atMost(PATIENCE).until(() -> kafka
                .readAll("billing.events", Duration.ofSeconds(1)).stream()
                .filter(r -> unitId.equals(KafkaTestClient.data(r).path("unitId").asString(null))).toList(),
                records -> records.size() == 2);
        posted.forEach(r -> contracts.assertValid(r.value()));
        assertThat(posted).extracting(r -> KafkaTestClient.data(r).path("chargeId").asString())
                .containsExactlyInAnyOrder(repair, service);
    }
}
