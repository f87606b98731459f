package com.estate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A resident's leak report through the gateway, all real services: resident-service announces the community and a
 * unit handed over seven years ago (out of the 5-year leak warranty); the owner, logged in by one-time code, reports
 * the leak; workorder-service decides it is a paid repair, the supervisor's technician is dispatched automatically,
 * accepts with an appointment and quotes from the price list; the owner accepts the quote, the work is done, the leak
 * test recorded, the owner accepts the work, and the charge for billing is on {@code workorder.events}.
 */
class RepairE2E extends Journey {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aPaidLeakRepairGoesFromIntakeToTheChargeForBilling() throws InterruptedException {
        String communityId = id(gateway.postJson("/api/communities", "{\"name\":\"E2E 报修 " + UUID.randomUUID()
                + "\",\"timeZone\":\"Asia/Shanghai\"}", admin, "Idempotency-Key", UUID.randomUUID().toString()));
        String unitId = id(gateway.postJson("/api/communities/" + communityId + "/units",
                "{\"building\":\"5\",\"unitNumber\":\"5-601\",\"floorArea\":\"96.00\",\"handoverDate\":\""
                        + LocalDate.now().minusYears(7) + "\"}", admin));
        String phone = "137" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
        id(gateway.postJson("/api/residents", """
                {"communityId":"%s","kind":"PERSON","name":"周敏","phone":"%s",
                 "identityDocument":{"type":"MAINLAND_ID","number":"11010519491231002X"},"unitIds":["%s"],
                 "relation":"OWNER"}""".formatted(communityId, phone, unitId), admin,
                "Idempotency-Key", UUID.randomUUID().toString()));
        String supervisor = staff("CS_SUPERVISOR", communityId);
        String agent = staff("CS_AGENT", communityId);
        String technician = staff("TECHNICIAN", communityId);
        String technicianId = accountIdOf(technician);
        ok(gateway.sendJson("PUT", "/api/work-orders/technicians/" + technicianId, """
                {"name":"刘师傅","skills":["leak","plumbing"],"communities":["%s"]}""".formatted(communityId),
                supervisor, "If-Match", "\"0\""));
        String owner = codes.logIn(phone);

        // intake, once workorder-service has heard of the unit and its handover date
        String report = """
                {"communityId":"%s","unitId":"%s","category":"leak","description":"主卧窗台渗水 the window sill leaks",
                 "contactPhone":"%s"}""".formatted(communityId, unitId, phone);
        String key = UUID.randomUUID().toString();
        // (404 until unit.registered, with the handover date, has reached workorder-service)
        Reply created = Eventually.until("the leak report taken in", () -> gateway.postJson("/api/work-orders",
                report, owner, "Idempotency-Key", key), r -> r.status() == 201);
        JsonNode order = created.json();
        String orderId = order.path("id").asString();
        assertThat(order.path("warranty").path("coverage").asString()).as("%s", created).isEqualTo("PAID");
        assertThat(order.path("warranty").path("basis").asString()).isEqualTo("WARRANTY_EXPIRED");
        assertThat(order.path("contactPhone").asString()).doesNotContain(phone.substring(3, 7));

        // dispatch, appointment, quote
        assertThat(act(orderId, "assign", "{}", agent).json().path("assigneeId").asString()).isEqualTo(technicianId);
        act(orderId, "accept", """
                {"appointment":{"from":"2030-01-02T09:00:00+08:00","to":"2030-01-02T11:00:00+08:00"}}""", technician);
        JsonNode quoted = act(orderId, "quote", """
                {"items":[{"itemCode":"LABOUR-CALL-OUT","quantity":"1"},{"itemCode":"SEALANT","quantity":"1"}]}""",
                technician).json();
        assertThat(quoted.path("quote").path("total").asString()).isEqualTo("65.00");
        Reply early = send(orderId, "start", "{}", technician);
        assertThat(early.status()).as("%s", early).isEqualTo(409);
        act(orderId, "accept-quote", "{}", owner);

        // the work, the leak test, the owner's acceptance
        act(orderId, "start", "{}", technician);
        act(orderId, "finish", "{\"notes\":\"窗台外侧重新打胶\"}", technician);
        JsonNode tested = act(orderId, "leak-test", "{\"testedOn\":\"" + LocalDate.now(SHANGHAI) + "\"}",
                technician).json();
        assertThat(tested.path("leakTestOn").asString()).isEqualTo(LocalDate.now(SHANGHAI).toString());
        JsonNode accepted = act(orderId, "accept-work", "{}", owner).json();
        assertThat(accepted.path("status").asString()).isEqualTo("ACCEPTED");
        act(orderId, "rate", "{\"score\":5,\"comment\":\"很及时\"}", owner);

        // billing's request: on workorder.events, keyed by the order
        JsonNode charge = Eventually.until("the charge for order " + orderId, () -> chargesOf(orderId),
                charges -> !charges.isEmpty()).getFirst();
        assertThat(charge.path("data").path("amount").asString()).isEqualTo("65.00");
        assertThat(charge.path("data").path("itemCode").asString()).isEqualTo("PAID_REPAIR");
        assertThat(charge.path("data").path("unitId").asString()).isEqualTo(unitId);
        assertThat(charge.path("communityid").asString()).isEqualTo(communityId);

        // the return visit: its clock starts at the leak test, due within three days of the community's calendar
        JsonNode visit = Eventually.until("the return visit of order " + orderId,
                () -> gateway.get("/api/return-visits?communityId=" + communityId, agent).json().path("items")
                        .valueStream().filter(v -> orderId.equals(v.path("orderId").asString())).toList(),
                visits -> !visits.isEmpty() && "DUE".equals(visits.getFirst().path("status").asString())).getFirst();
        assertThat(visit.path("basis").asString()).isEqualTo("LEAK_TEST");
        assertThat(Instant.parse(visit.path("dueBy").asString())).isEqualTo(
                LocalDate.parse(tested.path("leakTestOn").asString()).plusDays(4).atStartOfDay(SHANGHAI).toInstant());
        String visitPath = "/api/return-visits/" + visit.path("id").asString();
        Reply made = gateway.postJson(visitPath + "/outcome", """
                {"channel":"PHONE","satisfied":true,"rating":5,"comments":"不再渗水"}""", agent,
                "If-Match", gateway.get(visitPath, agent).etag());
        assertThat(made.status()).as("%s", made).isEqualTo(200);
        assertThat(made.json().path("outcome").path("onTime").asBoolean()).isTrue();

        String neighbourToken = codes.logIn(registerNeighbour(communityId));
        Reply neighbour = gateway.get("/api/work-orders/" + orderId, neighbourToken);
        assertThat(neighbour.status()).as("another household does not see it: %s", neighbour).isEqualTo(404);
    }

    private String registerNeighbour(String communityId) {
        String unitId = id(gateway.postJson("/api/communities/" + communityId + "/units",
                "{\"building\":\"5\",\"unitNumber\":\"5-602\",\"floorArea\":\"96.00\"}", admin));
        String phone = "137" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
        id(gateway.postJson("/api/residents", """
                {"communityId":"%s","kind":"PERSON","name":"吴刚","phone":"%s",
                 "identityDocument":{"type":"MAINLAND_ID","number":"110105198001010016"},"unitIds":["%s"],
                 "relation":"OWNER"}""".formatted(communityId, phone, unitId), admin,
                "Idempotency-Key", UUID.randomUUID().toString()));
        return phone;
    }

    /** Every charge request on workorder.events whose source is the order, read from the partition it is keyed to. */
    private static List<JsonNode> chargesOf(String orderId) {
        return TopicEvents.keyed(settings, "workorder.events", orderId, "com.estate.workorder.charge.requested.v1");
    }


    private static Reply send(String orderId, String action, String body, String token) {
        String etag = gateway.get("/api/work-orders/" + orderId, token).etag();
        return gateway.postJson("/api/work-orders/" + orderId + "/" + action, body, token, "If-Match", etag);
    }

    private static Reply act(String orderId, String action, String body, String token) {
        return ok(send(orderId, action, body, token));
    }

    private static String staff(String role, String communityId) {
        return gateway.newStaff(admin, role, communityId);
    }

    private static Reply ok(Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply;
    }

    private static String id(Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.json().path("id").asString();
    }
}
