package com.estate.workorder.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.testsupport.Scenario;
import com.estate.testsupport.TestHttp;
import com.estate.workorder.WorkOrderTest;
import com.estate.workorder.order.messaging.ChargeRequestedV1;
import com.estate.workorder.order.messaging.LeakTestRecordedV1;
import com.estate.workorder.order.messaging.OrderStatusChangedV1;
import com.estate.workorder.order.messaging.QuoteAcceptedV1;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A repair through its actions over HTTP, with the events and notifications each one publishes. */
class RepairLifecycleTest extends WorkOrderTest {

    final Scenario scenario = new Scenario(kafka);

    record NotificationRequested(String communityId, Recipient recipient, String templateKey,
            Map<String, String> params) {

        record Recipient(String kind, String id) {
        }
    }

    @Test
    void aPaidLeakRepairIsQuotedAcceptedDoneLeakTestedAndChargedOnce() {
        String outOfWarranty = announceUnit(communityId, LocalDate.now().minusYears(6));
        String residentId = "r-" + UUID.randomUUID();
        String resident = com.estate.testsupport.TestTokens.get().resident(residentId, communityId, outOfWarranty);
        String tech = newTechnician("t-" + UUID.randomUUID(), "leak");
        String techId = com.estate.testsupport.TestTokens.payloadJson(tech).replaceAll(".*\"sub\":\"([^\"]+)\".*",
                "$1");

        var created = expect(201, api.send("POST", "/api/work-orders", resident, """
            {"communityId":"%s","unitId":"%s","category":"leak","description":"阳台渗水"}
            """.formatted(communityId, outOfWarranty), "Idempotency-Key", key())).json();
        String id = created.path("id").asString();
        assertThat(created.path("warranty").path("coverage").asString()).isEqualTo("PAID");

        var assigned = expect(200, act(id, "assign", agent, "{\"technicianId\":\"" + techId + "\"}")).json();
        assertThat(assigned.path("status").asString()).isEqualTo("ASSIGNED");
        expect(200, act(id, "accept", tech, """
            {"appointment":{"from":"2026-12-03T09:00:00+08:00","to":"2026-12-03T11:00:00+08:00"}}"""));
        TestHttp.Answer early = act(id, "start", tech, null);
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.json().path("code").asString()).isEqualTo("work-order-quote-not-accepted");

        var quoted = expect(200, act(id, "quote", tech, """
            {"items":[{"itemCode":"LABOUR-HOUR","quantity":"1.5"},{"itemCode":"SEALANT","quantity":"2"}]}""")).json();
        assertThat(quoted.path("quote").path("total").asString()).isEqualTo("160.00");
        assertThat(quoted.path("quote").path("lines").get(0).path("amount").asString()).isEqualTo("90.00");

        var accepted = scenario.stimulate(() -> expect(200, act(id, "accept-quote", resident, null)))
                .andWaitForEvent("workorder.events", QuoteAcceptedV1.TYPE.type(), QuoteAcceptedV1.class)
                .matching(e -> e.orderId().equals(id)).toArrive();
        assertThat(accepted.data().total()).isEqualTo("160.00");
        assertThat(accepted.data().acceptedBy()).isEqualTo(residentId);

        expect(200, act(id, "start", tech, null));
        expect(200, act(id, "pause", tech, "{\"reason\":\"等防水涂料 waiting for materials\"}"));
        expect(200, act(id, "resume", tech, null));
        var finished = scenario.stimulate(() -> expect(200, act(id, "finish", tech, """
            {"notes":"重做阳台防水","materials":[{"name":"防水密封胶","quantity":"2","unit":"支"}]}""")))
                .andWaitForEvent("notification.requests", "com.estate.platform.notification.requested.v1",
                        NotificationRequested.class)
                .matching(n -> n.templateKey().equals("workorder.completed") && id.equals(n.params().get("orderId")))
                .toArrive();
        assertThat(finished.data().recipient().kind()).isEqualTo("HOUSEHOLD");
        assertThat(finished.data().recipient().id()).isEqualTo(outOfWarranty);

        var leakTest = scenario.stimulate(() -> expect(200, act(id, "leak-test", tech,
                        "{\"testedOn\":\"2026-12-04\"}")))
                .andWaitForEvent("workorder.events", LeakTestRecordedV1.TYPE.type(), LeakTestRecordedV1.class)
                .matching(e -> e.orderId().equals(id)).toArrive();
        assertThat(leakTest.data().testedOn()).isEqualTo("2026-12-04");
        assertThat(leakTest.data().category()).isEqualTo("leak");

        var charge = scenario.stimulate(() -> expect(200, act(id, "accept-work", resident, null)))
                .andWaitForEvent("workorder.events", ChargeRequestedV1.TYPE.type(), ChargeRequestedV1.class)
                .matching(e -> e.source().id().equals(id)).toArrive();
        assertThat(charge.data().chargeId()).isEqualTo(ChargeRequestedV1.chargeIdOf(id));
        assertThat(charge.data().amount()).isEqualTo("160.00");
        assertThat(charge.data().itemCode()).isEqualTo("PAID_REPAIR");
        assertThat(charge.data().unitId()).isEqualTo(outOfWarranty);
        assertThat(charge.data().lines()).hasSize(2);
        assertThat(charge.record().key()).isEqualTo(id);

        expect(200, act(id, "rate", resident, "{\"score\":5,\"comment\":\"师傅很专业\"}"));
        var closed = scenario.stimulate(() -> expect(200, act(id, "close", agent, null)))
                .andWaitForEvent("workorder.events", OrderStatusChangedV1.TYPE.type(), OrderStatusChangedV1.class)
                .matching(e -> e.orderId().equals(id) && e.status().equals("CLOSED")).toArrive();
        assertThat(closed.data().action()).isEqualTo("close");
        assertThat(closed.data().completedAt()).isNotNull();
        assertThat(closed.data().leakTestOn()).isEqualTo("2026-12-04");

        long charges = kafka.readAll("workorder.events", java.time.Duration.ofSeconds(2)).stream()
                .filter(r -> id.equals(r.key()) && r.value().contains(ChargeRequestedV1.TYPE.type())).count();
        assertThat(charges).as("charged once, though closed after the acceptance").isEqualTo(1);
    }

    @Test
    void anIllegalActionAnswers409NamingTheStatusAndTheAllowedActions() {
        String id = newOrder("plumbing", "水龙头漏水");
        TestHttp.Answer refused = act(id, "finish", agent, null);
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        String tech = newTechnician("t-" + UUID.randomUUID(), "plumbing");
        TestHttp.Answer wrongState = act(id, "close", agent, null);
        assertThat(wrongState.status()).as(wrongState.body()).isEqualTo(409);
        assertThat(wrongState.json().path("code").asString()).isEqualTo("work-order-action-not-allowed");
        assertThat(wrongState.json().path("currentStatus").asString()).isEqualTo("OPEN");
        assertThat(wrongState.json().path("allowedActions").toString()).contains("assign", "pool", "cancel");
        assertThat(tech).isNotBlank();
    }

    @Test
    void everyActionNeedsIfMatchAndACurrentOne() {
        String id = newOrder("plumbing", "下水道堵塞");
        TestHttp.Answer without = api.send("POST", "/api/work-orders/" + id + "/pool", agent, null);
        assertThat(without.status()).isEqualTo(428);
        TestHttp.Answer stale = api.send("POST", "/api/work-orders/" + id + "/pool", agent, null, "If-Match", "\"7\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(api.send("POST", "/api/work-orders/" + id + "/fly", agent, null, "If-Match", "\"1\"").status())
                .isEqualTo(404);
    }

    @Test
    void anUrgeIsCountedShownToStaffAndTellsTheAssignee() {
        String tech = newTechnician("t-" + UUID.randomUUID(), "plumbing");
        String techId = com.estate.testsupport.TestTokens.payloadJson(tech).replaceAll(".*\"sub\":\"([^\"]+)\".*",
                "$1");
        String id = newOrder("plumbing", "马桶堵了");
        expect(200, act(id, "assign", agent, "{\"technicianId\":\"" + techId + "\"}"));
        String resident = resident("r-" + UUID.randomUUID());
        var urged = scenario.stimulate(() -> expect(200, act(id, "urge", resident, null)))
                .andWaitForEvent("notification.requests", "com.estate.platform.notification.requested.v1",
                        NotificationRequested.class)
                .matching(n -> n.templateKey().equals("workorder.urged") && id.equals(n.params().get("orderId")))
                .toArrive();
        assertThat(urged.data().recipient()).isEqualTo(new NotificationRequested.Recipient("STAFF", techId));
        expect(200, act(id, "urge", resident, null));
        var shown = expect(200, api.send("GET", "/api/work-orders/" + id, agent, null)).json();
        assertThat(shown.path("urgeCount").asInt()).isEqualTo(2);
        assertThat(act(id, "urge", agent, null).status()).as("residents urge, staff do not").isEqualTo(403);
    }

    @Test
    void photosAreUploadedToTheOrderAndTheFinishNamesOnlyItsOwn() {
        String tech = newTechnician("t-" + UUID.randomUUID(), "plumbing");
        String techId = com.estate.testsupport.TestTokens.payloadJson(tech).replaceAll(".*\"sub\":\"([^\"]+)\".*",
                "$1");
        String household = resident("r-" + UUID.randomUUID());
        String id = newOrder("plumbing", "水管接口漏水");
        var uploads = new com.estate.testsupport.TestUploads(port);
        var before = expect(201, uploads.upload("/api/work-orders/" + id + "/attachments?kind=photo", household,
                "漏水.jpg", "image/jpeg", com.estate.testsupport.SampleFiles.jpeg()));
        String photo = before.json().path("id").asString();
        String other = newOrder("plumbing", "别处");
        String foreign = expect(201, uploads.upload("/api/work-orders/" + other + "/attachments?kind=photo", agent,
                "x.png", "image/png", com.estate.testsupport.SampleFiles.png())).json().path("id").asString();

        expect(200, act(id, "assign", agent, "{\"technicianId\":\"" + techId + "\"}"));
        expect(200, act(id, "accept", tech, """
            {"appointment":{"from":"2026-12-03T09:00:00+08:00","to":"2026-12-03T10:00:00+08:00"}}"""));
        expect(200, act(id, "start", tech, null));
        TestHttp.Answer borrowed = act(id, "finish", tech, "{\"photoIds\":[\"" + foreign + "\"]}");
        assertThat(borrowed.status()).as(borrowed.body()).isEqualTo(422);
        var done = expect(200, act(id, "finish", tech, "{\"notes\":\"换接头\",\"photoIds\":[\"" + photo
                + "\"]}")).json();
        assertThat(done.path("completion").path("photoIds").get(0).asString()).isEqualTo(photo);

        assertThat(uploads.download("/api/work-orders/" + id + "/attachments/" + photo, tech).status())
                .isEqualTo(200);
        String neighbour = com.estate.testsupport.TestTokens.get().resident("r-n", communityId, "u-next");
        assertThat(uploads.download("/api/work-orders/" + id + "/attachments/" + photo, neighbour).status())
                .isEqualTo(404);
        assertThat(uploads.download("/api/work-orders/" + other + "/attachments/" + photo, agent).status())
                .as("a photo of another order").isEqualTo(404);
    }

    @Test
    void staffOverrideTheWarrantyWithAReasonAndTheRulesDecisionStaysOnRecord() {
        String id = newOrder("leak", "卫生间漏水");
        TestHttp.Answer noReason = act(id, "warranty", supervisor, "{\"coverage\":\"PAID\"}");
        assertThat(noReason.status()).as(noReason.body()).isEqualTo(422);
        assertThat(act(id, "warranty", resident("r-" + UUID.randomUUID()), "{\"coverage\":\"FREE\",\"reason\":\"x\"}")
                .status()).isEqualTo(403);
        var paid = expect(200, act(id, "warranty", supervisor,
                "{\"coverage\":\"PAID\",\"reason\":\"业主自行改造防水层 the owner altered the waterproofing\"}"))
                .json().path("warranty");
        assertThat(paid.path("coverage").asString()).isEqualTo("PAID");
        assertThat(paid.path("basis").asString()).isEqualTo("OVERRIDDEN");
        assertThat(paid.path("ruleCoverage").asString()).isEqualTo("FREE");
        assertThat(paid.path("decidedBy").asString()).isEqualTo("staff-cs-supervisor");
        assertThat(paid.path("reason").asString()).contains("waterproofing");
    }
}
