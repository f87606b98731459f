package com.estate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The month's work in the monthly statistics, through the gateway: in a new community (so every count is known) the
 * desk opens three public-area repairs, a technician completes two, the desk makes both return visits (satisfied,
 * rated 5 and 4); the supervisor and the director read the month's statistics, fed by workorder-service's own
 * events, counted exactly, as JSON and as CSV.
 */
class WorkOrderStatisticsE2E extends Journey {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void theMonthsOrdersCompletionsAndReturnVisitsAreCountedExactly() {
        String communityId = createdId(gateway.postJson("/api/communities", "{\"name\":\"E2E 月度统计 " + UUID.randomUUID()
                + "\",\"timeZone\":\"Asia/Shanghai\"}", admin, "Idempotency-Key", UUID.randomUUID().toString()));
        String supervisor = gateway.newStaff(admin, "CS_SUPERVISOR", communityId);
        String director = gateway.newStaff(admin, "DIRECTOR", communityId);
        String agent = gateway.newStaff(admin, "CS_AGENT", communityId);
        String technician = gateway.newStaff(admin, "TECHNICIAN", communityId);
        String technicianId = accountIdOf(technician);
        okReply(gateway.sendJson("PUT", "/api/work-orders/technicians/" + technicianId, """
                {"name":"赵师傅","skills":["plumbing"],"communities":["%s"]}""".formatted(communityId), supervisor,
                "If-Match", "\"0\""));

        String first = opened(agent, communityId, "1号楼 地下室水管滴水");
        String second = opened(agent, communityId, "2号楼 大堂水龙头漏水");
        String third = opened(agent, communityId, "中心花园 喷灌管破裂");
        Instant createdAt = Instant.parse(gateway.get("/api/work-orders/" + first, agent).json().path("createdAt")
                .asString());
        YearMonth month = YearMonth.from(createdAt.atZone(SHANGHAI));

        for (String orderId : new String[] {first, second}) {
            workOrderAction(orderId, "assign", "{\"technicianId\":\"" + technicianId + "\"}", agent);
            workOrderAction(orderId, "accept", """
                    {"appointment":{"from":"2030-01-02T09:00:00+08:00","to":"2030-01-02T10:00:00+08:00"}}""",
                    technician);
            workOrderAction(orderId, "start", "{}", technician);
            workOrderAction(orderId, "finish", "{\"notes\":\"更换阀门\"}", technician);
        }
        visited(agent, communityId, first, 5);
        visited(agent, communityId, second, 4);

        String path = "/api/work-orders/statistics?communityId=" + communityId + "&month=" + month;
        JsonNode statistics = Eventually.until("the month's statistics", () -> gateway.get(path, supervisor),
                reply -> reply.status() == 200 && reply.json().path("orders").asInt() == 3
                        && reply.json().path("completed").asInt() == 2
                        && reply.json().path("returnVisits").asInt() == 2).json();
        assertThat(statistics.path("byStatus").path("COMPLETED").asInt()).isEqualTo(2);
        assertThat(statistics.path("byStatus").path("OPEN").asInt()).isEqualTo(1);
        assertThat(statistics.path("byCategory").path("plumbing").asInt()).isEqualTo(3);
        assertThat(statistics.path("byChannel").path("FRONT_DESK").asInt()).isEqualTo(3);
        assertThat(statistics.path("byTechnician").path(technicianId).asInt()).isEqualTo(2);
        assertThat(statistics.path("byTechnician").path("unassigned").asInt()).isEqualTo(1);
        assertThat(statistics.path("returnVisitCoverage").decimalValue()).isEqualByComparingTo("1");
        assertThat(statistics.path("satisfactionRate").decimalValue()).isEqualByComparingTo("1");
        assertThat(statistics.path("averageRating").decimalValue()).isEqualByComparingTo("4.5");
        assertThat(statistics.path("reworked").asInt()).isZero();
        assertThat(statistics.path("paidRevenue").asString()).isEqualTo("0.00");
        assertThat(gateway.get("/api/work-orders/" + third, agent).json().path("status").asString())
                .isEqualTo("OPEN");

        Reply directors = gateway.get(path, director);
        assertThat(directors.status()).as("%s", directors).isEqualTo(200);
        assertThat(directors.json().path("orders").asInt()).isEqualTo(3);
        Reply csv = gateway.get(path + "&format=csv", director);
        assertThat(csv.status()).as("%s", csv).isEqualTo(200);
        assertThat(csv.body()).contains("section,key,value").contains(",orders,3");
        Reply agents = gateway.get(path, agent);
        assertThat(agents.status()).as("the desk does not read the statistics: %s", agents).isEqualTo(403);
    }

    private static String opened(String agent, String communityId, String description) {
        String body = """
                {"communityId":"%s","publicArea":"%s","category":"plumbing","description":"%s"}"""
                .formatted(communityId, description.substring(0, description.indexOf(' ')), description);
        String key = UUID.randomUUID().toString();
        // (workorder-service takes a community's orders once resident-service's community.registered reached it)
        Reply created = Eventually.until("the order " + description + " taken in", () -> gateway.postJson(
                "/api/work-orders", body, agent, "Idempotency-Key", key), reply -> reply.status() == 201);
        assertThat(created.json().path("warranty").path("coverage").asString()).as("a public area's repair is free")
                .isEqualTo("FREE");
        return created.json().path("id").asString();
    }

    /** The completed order's return visit, made by phone as satisfied with this rating. */
    private static void visited(String agent, String communityId, String orderId, int rating) {
        JsonNode visit = Eventually.until("the return visit of " + orderId, () -> gateway.get(
                "/api/return-visits?communityId=" + communityId + "&size=50", agent).json().path("items")
                .valueStream().filter(v -> orderId.equals(v.path("orderId").asString())
                        && "DUE".equals(v.path("status").asString())).toList(), visits -> !visits.isEmpty())
                .getFirst();
        String visitPath = "/api/return-visits/" + visit.path("id").asString();
        Reply made = gateway.postJson(visitPath + "/outcome", """
                {"channel":"PHONE","satisfied":true,"rating":%d,"comments":"维修及时"}""".formatted(rating), agent,
                "If-Match", gateway.get(visitPath, agent).etag());
        assertThat(made.status()).as("%s", made).isEqualTo(200);
    }
}
