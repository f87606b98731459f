package com.estate.resident.timeline;

import static com.estate.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.estate.resident.DeskTest;
import com.estate.resident.timeline.persistence.UnitTimelineDocument;
import com.estate.resident.unit.Units;
import com.estate.resident.unit.domain.UnitStatus;
import com.estate.testsupport.KafkaTestClient;
import com.estate.testsupport.TestHttp.Answer;
import com.estate.testsupport.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The household timeline built from the suite's events through the real broker into resident-service's read model,
 * read over real HTTP with real tokens: every kind of entry, once each however often delivered, an older state
 * arriving late never undoing a newer one, and only for the unit's community's staff and its own residents.
 */
class HouseholdTimelineTest extends DeskTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String GROUP = "resident-service";

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Units units;

    private final PartnerEventsForTests partners = new PartnerEventsForTests(kafka);

    /** After "now", so the partners' entries come before the service's own in a known order. */
    private final Instant base = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @AfterEach
    void closeKafka() {
        kafka.close();
    }

    private Instant at(int minutes) {
        return base.plus(minutes, ChronoUnit.MINUTES);
    }

    String orderChanged(String orderId, String unitId, String status, int revision, Instant at) {
        return orderChanged(communityId, orderId, unitId, status, revision, at);
    }

    String orderChanged(String community, String orderId, String unitId, String status, int revision, Instant at) {
        String unit = unitId == null ? "" : "\"unitId\":\"" + unitId + "\",";
        return partners.event(UUID.randomUUID().toString(), "com.estate.workorder.order.status-changed.v1",
                "/workorder-service", orderId, community, """
                {"orderId":"%s","communityId":"%s",%s"category":"plumbing","title":"厨房水管漏水",
                 "status":"%s","origin":{"kind":"app"},"orderRevision":%d,"changedAt":"%s"}"""
                .formatted(orderId, community, unit, status, revision, at));
    }

    void billIssued(String billId, String unitId, Instant at) {
        partners.publish("billing.events", "com.estate.billing.bill.issued.v1", "/billing-service", "fa-" + unitId,
                communityId, """
                {"billId":"%s","accountId":"fa-%s","unitId":"%s","communityId":"%s",
                 "period":{"from":"2026-11-01","to":"2026-11-30"},
                 "lines":[{"item":"property-fee","amount":"228.00"}],"total":"228.00","currency":"CNY",
                 "dueDate":"2026-12-15","issuedAt":"%s"}""".formatted(billId, unitId, unitId, communityId, at));
    }

    void billPaid(String billId, String unitId, Instant at) {
        partners.publish("billing.events", "com.estate.billing.bill.paid.v1", "/billing-service", "fa-" + unitId,
                communityId, """
                {"billId":"%s","accountId":"fa-%s","unitId":"%s","communityId":"%s","total":"228.00",
                 "currency":"CNY","paidAt":"%s"}""".formatted(billId, unitId, unitId, communityId, at));
    }

    String paymentReceived(String paymentId, String unitId, String billId, Instant at) {
        return partners.event(UUID.randomUUID().toString(), "com.estate.billing.payment.received.v1",
                "/billing-service", "fa-" + unitId, communityId, """
                {"paymentId":"%s","accountId":"fa-%s","unitId":"%s","communityId":"%s","amount":"228.00",
                 "currency":"CNY","channel":"WECHAT_PAY","receivedAt":"%s","billIds":["%s"]}"""
                .formatted(paymentId, unitId, unitId, communityId, at, billId));
    }

    void complaintChanged(String complaintId, String unitId, Instant at) {
        partners.publish("complaint.events", "com.estate.complaint.complaint.status-changed.v1",
                "/complaint-service", complaintId, communityId, """
                {"complaintId":"%s","communityId":"%s","unitId":"%s","category":"noise","severity":"MINOR",
                 "status":"RESOLVED","complaintRevision":4,"changedAt":"%s"}"""
                .formatted(complaintId, communityId, unitId, at));
    }

    void visitRecorded(String visitId, String unitId, Instant at) {
        partners.publish("complaint.events", "com.estate.complaint.visit.recorded.v1", "/complaint-service", unitId,
                communityId, """
                {"visitId":"%s","communityId":"%s","unitId":"%s","kind":"return-visit","channel":"phone",
                 "outcome":"SATISFIED","visitedAt":"%s"}""".formatted(visitId, communityId, unitId, at));
    }

    void signupChanged(String signupId, String unitId, String residentId, Instant at) {
        partners.publish("activity.events", "com.estate.activity.signup.changed.v1", "/activity-service", signupId,
                communityId, """
                {"signupId":"%s","activityId":"act-1","activityTitle":"中秋游园会","communityId":"%s",
                 "unitId":"%s","residentId":"%s","status":"SIGNED_UP","signupRevision":1,"changedAt":"%s"}"""
                .formatted(signupId, communityId, unitId, residentId, at));
    }

    void notificationTo(String kind, String id, String templateKey, Instant at) {
        partners.publish("notification.requests", "com.estate.platform.notification.requested.v1",
                "/billing-service", communityId + "/" + kind + "/" + id, communityId, """
                {"communityId":"%s","recipient":{"kind":"%s","id":"%s"},"templateKey":"%s",
                 "params":{"billId":"b-1"},"urgency":"NORMAL","requestedAt":"%s"}"""
                .formatted(communityId, kind, id, templateKey, at));
    }

    String registerResident(String unitId) {
        return registered(unitId).json().path("id").asString();
    }

    Answer registered(String... unitIds) {
        String first17 = "440308" + "1990" + "%02d".formatted(1 + ThreadLocalRandom.current().nextInt(12))
                + "%02d".formatted(1 + ThreadLocalRandom.current().nextInt(28))
                + "%03d".formatted(ThreadLocalRandom.current().nextInt(1000));
        String idNumber = first17 + com.estate.platform.core.pii.MainlandIdNumbers.checkCharacter(first17);
        String phone = "138" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
        Answer created = api.send("POST", "/api/residents", agent, """
                {"communityId":"%s","kind":"PERSON","name":"王芳","phone":"%s",
                 "identityDocument":{"type":"MAINLAND_ID","number":"%s"},"unitIds":["%s"],"relation":"OWNER"}"""
                .formatted(communityId, phone, idNumber, String.join("\",\"", unitIds)),
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created;
    }

    Answer timeline(String unitId, String token, String query) {
        return api.send("GET", "/api/units/" + unitId + "/timeline" + query, token, null);
    }

    JsonNode awaitTimeline(String unitId, int total) {
        return await("a timeline of " + total).atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .until(() -> timeline(unitId, agent, "?size=50").json(), page -> page.path("total").asInt() >= total);
    }

    static JsonNode entry(JsonNode page, String id) {
        return page.path("items").valueStream().filter(item -> item.path("id").asString().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + id + " in " + page));
    }

    static List<String> ids(JsonNode page) {
        return page.path("items").valueStream().map(item -> item.path("id").asString()).toList();
    }

    @Test
    void everyKindOfHouseholdBusinessShowsOnceNewestFirstInItsNewestState() {
        String unitId = newUnit(communityId, "1", "1-101");
        String residentId = registerResident(unitId);
        units.changeStatus(unitId, UnitStatus.OCCUPIED);
        // the service's own events first: the resident must be known before a notification to them arrives
        awaitTimeline(unitId, 2);

        String orderId = "wo-" + UUID.randomUUID();
        partners.send("workorder.events", orderChanged(orderId, unitId, "OPEN", 1, at(1)));
        String completed = partners.send("workorder.events", orderChanged(orderId, unitId, "COMPLETED", 3, at(3)));
        partners.send("workorder.events", orderChanged(orderId, unitId, "ASSIGNED", 2, at(2)));
        partners.send("workorder.events", orderChanged("wo-" + UUID.randomUUID(), null, "OPEN", 1, at(2)));
        partners.publish("workorder.events", "com.estate.workorder.return-visit.completed.v1", "/workorder-service",
                orderId, communityId, """
                {"returnVisitId":"rv-%s","orderId":"%s","communityId":"%s","unitId":"%s","channel":"phone",
                 "satisfied":true,"rating":5,"completedAt":"%s"}"""
                        .formatted(orderId, orderId, communityId, unitId, at(3).plusSeconds(30)));
        String paidFirst = "bill-" + UUID.randomUUID();
        billPaid(paidFirst, unitId, at(5));
        billIssued(paidFirst, unitId, at(4));
        String payment = partners.send("billing.events", paymentReceived("pay-1-" + unitId, unitId, paidFirst,
                at(6)));
        complaintChanged("cp-" + UUID.randomUUID(), unitId, at(7));
        visitRecorded("visit-" + UUID.randomUUID(), unitId, at(8));
        signupChanged("signup-" + UUID.randomUUID(), unitId, residentId, at(9));
        notificationTo("HOUSEHOLD", unitId, "billing.bill-issued", at(10));
        notificationTo("RESIDENT", residentId, "workorder.please-rate", at(11));
        notificationTo("ROLE", "CS_AGENT", "workorder.overdue", at(12));

        JsonNode page = awaitTimeline(unitId, 11);
        assertThat(page.path("items").valueStream().map(item -> item.path("kind").asString()).toList())
                .containsExactly("NOTIFICATION", "NOTIFICATION", "ACTIVITY_SIGNUP", "VISIT", "COMPLAINT",
                        "PAYMENT", "BILL", "VISIT", "WORK_ORDER", "UNIT", "RESIDENT");

        kafka.awaitConsumed(GROUP, "workorder.events", WAIT);
        kafka.awaitConsumed(GROUP, "billing.events", WAIT);
        kafka.awaitConsumed(GROUP, "notification.requests", WAIT);
        JsonNode settled = timeline(unitId, agent, "?size=50").json();
        assertThat(settled.path("total").asInt()).as("public-area orders and staff notifications stay off").isEqualTo(11);

        JsonNode order = entry(settled, "workorder:" + orderId);
        assertThat(order.path("status").asString()).as("revision 2 arrived after 3").isEqualTo("COMPLETED");
        assertThat(order.path("time").asString()).isEqualTo(at(3).toString());
        assertThat(order.path("link").asString()).isEqualTo("/api/work-orders/" + orderId);
        assertThat(order.path("title").path("zh-CN").asString()).isEqualTo("报修工单：厨房水管漏水");
        assertThat(order.path("title").path("en").asString()).isEqualTo("Work order: 厨房水管漏水");

        JsonNode bill = entry(settled, "bill:" + paidFirst);
        assertThat(bill.path("status").asString()).as("issued after it was paid").isEqualTo("PAID");
        assertThat(bill.path("params").path("dueDate").asString()).isEqualTo("2026-12-15");
        assertThat(bill.path("title").path("zh-CN").asString()).isEqualTo("账单 ¥228.00");
        JsonNode paid = entry(settled, "payment:pay-1-" + unitId);
        assertThat(paid.path("title").path("en").asString()).isEqualTo("Payment of CNY 228.00 (WECHAT_PAY)");
        assertThat(paid.path("link").asString()).isEqualTo("/api/billing/payments/pay-1-" + unitId);
        JsonNode returnVisit = entry(settled, "return-visit:rv-" + orderId);
        assertThat(returnVisit.path("status").asString()).isEqualTo("SATISFIED");
        assertThat(returnVisit.path("title").path("zh-CN").asString()).isEqualTo("维修回访");
        assertThat(entry(settled, "workorder:" + orderId).path("params").path("category").asString())
                .isEqualTo("plumbing");
        JsonNode resident = entry(settled, "resident:" + residentId + ":registered");
        assertThat(resident.path("title").path("zh-CN").asString()).isEqualTo("住户登记（OWNER）");
        assertThat(settled.toString()).as("no personal data").doesNotContain("王芳");
        assertThat(ids(settled)).anyMatch(id -> id.startsWith("unit:" + unitId + ":revision:"));

        // redelivered: nothing doubled, the timeline not even written again
        long revision = mongo.findById(UnitTimelineDocument.idOf(communityId, unitId), UnitTimelineDocument.class).getRevision();
        kafka.send("billing.events", "fa-" + unitId, payment);
        kafka.send("workorder.events", orderId, completed);
        kafka.awaitConsumed(GROUP, "billing.events", WAIT);
        kafka.awaitConsumed(GROUP, "workorder.events", WAIT);
        assertThat(timeline(unitId, agent, "?size=50").json()).isEqualTo(settled);
        assertThat(mongo.findById(UnitTimelineDocument.idOf(communityId, unitId), UnitTimelineDocument.class).getRevision()).isEqualTo(revision);
    }

    @Test
    void onlyTheUnitsCommunityStaffAndItsOwnResidentsReadItPagedAndFilteredByKind() {
        String unitId = newUnit(communityId, "2", "2-201");
        String neighbour = newUnit(communityId, "2", "2-202");
        String sameTime = "wo-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            partners.send("workorder.events", orderChanged(sameTime + "-" + i, unitId, "OPEN", 1, at(1)));
        }
        billIssued("bill-" + UUID.randomUUID(), unitId, at(2));
        partners.send("billing.events", paymentReceived("pay-" + UUID.randomUUID(), unitId, "b", at(3)));
        billIssued("bill-" + UUID.randomUUID(), neighbour, at(2));
        JsonNode all = awaitTimeline(unitId, 7);
        assertThat(ids(all).subList(2, 7)).as("equal times by id, descending").containsExactly(
                "workorder:" + sameTime + "-4", "workorder:" + sameTime + "-3", "workorder:" + sameTime + "-2",
                "workorder:" + sameTime + "-1", "workorder:" + sameTime + "-0");

        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            JsonNode slice = timeline(unitId, agent, "?size=2&page=" + page).json();
            assertThat(slice.path("total").asInt()).isEqualTo(7);
            paged.addAll(ids(slice));
        }
        assertThat(paged).isEqualTo(ids(all));

        Answer money = timeline(unitId, agent, "?kind=BILL,PAYMENT");
        assertThat(money.json().path("items").valueStream().map(item -> item.path("kind").asString()).toList())
                .containsExactly("PAYMENT", "BILL");
        assertThat(timeline(unitId, agent, "?kind=WORK_ORDER&kind=BILL").json().path("total").asInt()).isEqualTo(6);
        assertThat(timeline(unitId, agent, "?kind=").json().path("total").asInt()).as("a cleared filter").isEqualTo(7);

        String ownResident = TestTokens.get().resident("r-" + UUID.randomUUID(), communityId, unitId);
        assertThat(timeline(unitId, ownResident, "?size=50").json()).isEqualTo(all);
        String neighbours = TestTokens.get().resident("r-" + UUID.randomUUID(), communityId, neighbour);
        assertProblem(timeline(unitId, neighbours, ""), 404, "not-found");
        assertThat(timeline(neighbour, neighbours, "").json().path("total").asInt()).isOne();
        String otherCommunity = TestTokens.get().staff("CS_AGENT", newCommunity());
        assertProblem(timeline(unitId, otherCommunity, ""), 404, "not-found");
        assertProblem(timeline(UUID.randomUUID().toString(), agent, ""), 404, "not-found");
        assertThat(timeline(unitId, null, "").status()).isEqualTo(401);

        assertProblem(timeline(unitId, agent, "?kind=GOSSIP"), 400, "type-mismatch");
        assertProblem(timeline(unitId, agent, "?size=0"), 400, "validation");
        assertProblem(timeline("not-a-unit", agent, ""), 404, "not-found");
    }

    @Test
    void aResidentsMoveOutShowsOnTheUnitTheyLeftAndTheirLaterNotificationsOnlyWhereTheyStillLive() {
        String left = newUnit(communityId, "4", "4-401");
        String stays = newUnit(communityId, "4", "4-402");
        Answer resident = registered(left, stays);
        String residentId = resident.json().path("id").asString();
        awaitTimeline(left, 1);
        awaitTimeline(stays, 1);
        Answer movedOut = api.send("POST", "/api/residents/" + residentId + "/move-out", agent,
                "{\"unitId\":\"" + left + "\"}", "If-Match", resident.header("ETag"));
        assertThat(movedOut.status()).as(movedOut.body()).isEqualTo(200);
        JsonNode leftTimeline = awaitTimeline(left, 2);
        assertThat(ids(leftTimeline)).containsExactly("resident:" + residentId + ":moved-out",
                "resident:" + residentId + ":registered");
        assertThat(leftTimeline.path("items").get(0).path("title").path("en").asString())
                .isEqualTo("Resident moved out");
        assertThat(timeline(stays, agent, "").json().path("total").asInt()).isOne();
        kafka.awaitConsumed(GROUP, "resident.events", WAIT);

        notificationTo("RESIDENT", residentId, "billing.payment-confirmed", at(1));
        // a work order that places the unit in another community is not believed
        partners.send("workorder.events", orderChanged("c-elsewhere", "wo-" + UUID.randomUUID(), left, "OPEN", 1,
                at(1)));

        assertThat(awaitTimeline(stays, 2).path("items").get(0).path("kind").asString()).isEqualTo("NOTIFICATION");
        kafka.awaitConsumed(GROUP, "notification.requests", WAIT);
        kafka.awaitConsumed(GROUP, "workorder.events", WAIT);
        assertThat(ids(timeline(left, agent, "").json())).containsExactly("resident:" + residentId + ":moved-out",
                "resident:" + residentId + ":registered");
    }

    @Test
    void anUnreadableEventGoesToTheDeadLetterTopicAndTheNextOneIsApplied() {
        String unitId = newUnit(communityId, "3", "3-301");
        String broken = "wo-broken-" + UUID.randomUUID();
        // schema-invalid on purpose (no orderId): what a broken producer might send
        kafka.send("workorder.events", broken, orderChanged(broken, unitId, "OPEN", 1, at(1))
                .replace("\"orderId\":\"" + broken + "\",", ""));
        String orderId = "wo-" + UUID.randomUUID();
        partners.send("workorder.events", orderChanged(orderId, unitId, "OPEN", 1, at(2)));

        ConsumerRecord<String, String> dead = kafka.await("workorder.events.DLT", r -> broken.equals(r.key()), WAIT);
        assertThat(KafkaTestClient.deadLetterReason(dead)).contains("InvalidEventException", "breaks its contract",
                "orderId");
        assertThat(ids(awaitTimeline(unitId, 1))).containsExactly("workorder:" + orderId);
    }
}
