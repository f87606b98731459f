package com.estate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A household's timeline across the suite: the desk registers a unit and its owner through the gateway; the
 * partners not built yet (workorder-service, billing-service) publish what their contracts say they will (a work
 * order opened then completed, a bill issued then paid, the payment); resident-service's own events (the owner
 * registered) join them. The community's agent and the owner, logged in by one-time code, read the same timeline,
 * newest first; the owner of the unit next door gets 404.
 */
class HouseholdTimelineE2E {


    private static Gateway gateway;
    private static String adminToken;
    private static ResidentCodes codes;
    private static PartnerEvents partners;

    @BeforeAll
    static void logIn() {
        E2eSettings settings = E2eSettings.fromSystemProperties();
        gateway = new Gateway(settings.gateway());
        adminToken = gateway.login("admin", settings.adminPassword());
        codes = new ResidentCodes(gateway, settings.smsOutbox());
        partners = new PartnerEvents(settings);
    }

    @AfterAll
    static void close() {
        if (partners != null) {
            partners.close();
        }
    }

    @Test
    void theHouseholdsBusinessAcrossTheSuiteShowsOnOneTimelineForTheDeskAndTheOwner() throws InterruptedException {
        String communityId = created(gateway.postJson("/api/communities",
                "{\"name\":\"E2E 时间线 " + UUID.randomUUID() + "\"}", adminToken));
        String unitId = created(gateway.postJson("/api/communities/" + communityId + "/units",
                "{\"building\":\"5\",\"unitNumber\":\"5-502\",\"floorArea\":\"88.00\"}", adminToken));
        String nextDoor = created(gateway.postJson("/api/communities/" + communityId + "/units",
                "{\"building\":\"5\",\"unitNumber\":\"5-503\",\"floorArea\":\"88.00\"}", adminToken));
        String agent = staffOf(communityId);
        String phone = "136" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
        String residentId = created(gateway.postJson("/api/residents", """
                {"communityId":"%s","kind":"PERSON","name":"张伟","phone":"%s",
                 "identityDocument":{"type":"MAINLAND_ID","number":"11010519491231002X"},"unitIds":["%s"],
                 "relation":"OWNER"}""".formatted(communityId, phone, unitId), agent,
                "Idempotency-Key", UUID.randomUUID().toString()));

        // the partners' business after the registration by the service's own clock, which other journeys may move
        JsonNode registration = awaitTimeline(unitId, agent, page -> page.path("total").asInt() >= 1);
        Instant now = Instant.parse(registration.path("items").get(0).path("time").asString())
                .truncatedTo(ChronoUnit.SECONDS);
        String orderId = "wo-" + UUID.randomUUID();
        order(communityId, unitId, orderId, "OPEN", 1, now.plusSeconds(60));
        order(communityId, unitId, orderId, "COMPLETED", 2, now.plusSeconds(120));
        String billId = "bill-" + UUID.randomUUID();
        partners.publish("billing.events", "/billing-service", "com.estate.billing.bill.issued.v1", "fa-" + unitId,
                communityId, Map.of("billId", billId, "accountId", "fa-" + unitId, "unitId", unitId,
                        "communityId", communityId, "lines", List.of(Map.of("item", "property-fee", "amount", "211.20")),
                        "total", "211.20", "currency", "CNY", "dueDate", "2026-12-31",
                        "issuedAt", now.plusSeconds(180).toString()));
        partners.publish("billing.events", "/billing-service", "com.estate.billing.bill.paid.v1", "fa-" + unitId,
                communityId, Map.of("billId", billId, "accountId", "fa-" + unitId, "unitId", unitId,
                        "communityId", communityId, "total", "211.20", "currency", "CNY",
                        "paidAt", now.plusSeconds(240).toString()));

        partners.publish("billing.events", "/billing-service", "com.estate.billing.payment.received.v1",
                "fa-" + unitId, communityId, Map.of("paymentId", "pay-" + billId, "accountId", "fa-" + unitId,
                        "unitId", unitId, "communityId", communityId, "amount", "211.20", "currency", "CNY",
                        "channel", "ALIPAY", "receivedAt", now.plusSeconds(240).toString(), "billIds", List.of(billId)));
        // one partition per topic and key: once the payment shows, the bill is paid; the order is on its own topic.
        // The real billing-service asked activity-service to tell the household its fee account was opened (when the
        // unit was registered, so the oldest entry): that request is on the timeline too.
        JsonNode timeline = awaitTimeline(unitId, agent, page -> ids(page).contains("payment:pay-" + billId)
                && page.toString().contains("\"status\":\"COMPLETED\"")
                && ids(page).stream().anyMatch(id -> id.startsWith("notification:")));
        assertThat(ids(timeline).subList(0, 4)).containsExactly("payment:pay-" + billId, "bill:" + billId,
                "workorder:" + orderId, "resident:" + residentId + ":registered");
        assertThat(ids(timeline).subList(4, ids(timeline).size())).singleElement().asString()
                .startsWith("notification:");
        assertThat(timeline.path("items").get(1).path("status").asString()).isEqualTo("PAID");
        assertThat(timeline.path("items").get(2).path("status").asString()).isEqualTo("COMPLETED");
        assertThat(timeline.path("items").get(2).path("link").asString()).isEqualTo("/api/work-orders/" + orderId);
        assertThat(timeline.path("items").get(0).path("title").path("zh-CN").asString())
                .isEqualTo("缴费 ¥211.20（ALIPAY）");
        assertThat(timeline.toString()).as("no personal data").doesNotContain("张伟", phone);

        String owner = codes.logIn(phone);
        Reply own = gateway.get("/api/units/" + unitId + "/timeline?kind=BILL,PAYMENT", owner);
        assertThat(own.status()).as("%s", own).isEqualTo(200);
        assertThat(ids(own.json())).containsExactly("payment:pay-" + billId, "bill:" + billId);
        Reply everything = gateway.get("/api/units/" + unitId + "/timeline", owner);
        assertThat(ids(everything.json())).isEqualTo(ids(timeline));

        Reply neighbours = gateway.get("/api/units/" + nextDoor + "/timeline", owner);
        assertThat(neighbours.status()).as("%s", neighbours).isEqualTo(404);
    }

    private static void order(String communityId, String unitId, String orderId, String status, int revision,
            Instant at) {
        partners.publish("workorder.events", "/workorder-service", "com.estate.workorder.order.status-changed.v1",
                orderId, communityId, Map.of("orderId", orderId, "communityId", communityId, "unitId", unitId,
                        "category", "plumbing", "title", "卫生间漏水", "status", status,
                        "origin", Map.of("kind", "app"), "orderRevision", revision, "changedAt", at.toString()));
    }

    /** A customer-service agent of the community, created by the administrator and logged in. */
    private static String staffOf(String communityId) {
        return gateway.newStaff(adminToken, "CS_AGENT", communityId);
    }

    private static JsonNode awaitTimeline(String unitId, String token, Predicate<JsonNode> until) {
        return Eventually.until("the timeline of " + unitId, () -> {
            Reply reply = gateway.get("/api/units/" + unitId + "/timeline", token);
            assertThat(reply.status()).as("%s", reply).isEqualTo(200);
            return reply.json();
        }, until);
    }

    private static List<String> ids(JsonNode page) {
        return page.path("items").valueStream().map(item -> item.path("id").asString()).toList();
    }

    private static String created(Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        String id = reply.json().path("id").asString();
        assertThat(id).as("%s", reply).isNotBlank();
        return id;
    }
}
