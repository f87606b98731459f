package com.estate.workorder.statistics;

import static com.estate.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.estate.testsupport.TestHttp;
import com.estate.testsupport.TestTokens;
import com.estate.workorder.duty.DutyDeskTest;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The monthly statistics, fed by the service's own events as its producers publish them (schema-valid). */
class MonthlyStatisticsEndpointTest extends DutyDeskTest {

    private static final Instant MARCH_10 = Instant.parse("2027-03-10T02:00:00Z");

    private String director;
    private String path;

    private String statusChanged(String eventId, String orderId, long revision, String status, String assignee,
            Instant respondedAt, Instant completedAt, Instant createdAt) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("orderId", orderId);
        data.put("communityId", communityId);
        data.put("unitId", "u-1");
        data.put("category", "plumbing");
        data.put("status", status);
        data.put("origin", Map.of("kind", "phone"));
        data.put("orderRevision", revision);
        data.put("changedAt", createdAt.plusSeconds(revision * 600).toString());
        data.put("channel", "PHONE");
        data.put("emergency", false);
        if (assignee != null) {
            data.put("assigneeId", assignee);
        }
        data.put("createdAt", createdAt.toString());
        if (respondedAt != null) {
            data.put("respondedAt", respondedAt.toString());
        }
        if (completedAt != null) {
            data.put("completedAt", completedAt.toString());
        }
        return send(eventId, "com.estate.workorder.order.status-changed.v1", orderId, data);
    }

    private String send(String eventId, String type, String key, Map<String, Object> data) {
        String event = events.of(eventId, type, "/workorder-service", key, communityId, data);
        kafka.send("workorder.events", key, event);
        return event;
    }

    private void completedOrder(String orderId, String technicianId, int respondMinutes, int completeMinutes) {
        statusChanged(UUID.randomUUID().toString(), orderId, 1, "OPEN", null, null, null, MARCH_10);
        statusChanged(UUID.randomUUID().toString(), orderId, 2, "ASSIGNED", technicianId,
                MARCH_10.plusSeconds(respondMinutes * 60L), null, MARCH_10);
        statusChanged(UUID.randomUUID().toString(), orderId, 3, "COMPLETED", technicianId,
                MARCH_10.plusSeconds(respondMinutes * 60L), MARCH_10.plusSeconds(completeMinutes * 60L), MARCH_10);
    }

    private void returnVisit(String orderId, boolean satisfied, int rating, boolean onTime, String rework) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("returnVisitId", UUID.randomUUID().toString());
        data.put("orderId", orderId);
        data.put("communityId", communityId);
        data.put("channel", "phone");
        data.put("satisfied", satisfied);
        data.put("rating", rating);
        data.put("onTime", onTime);
        if (rework != null) {
            data.put("reworkOrderId", rework);
        }
        data.put("completedAt", MARCH_10.plusSeconds(86400).toString());
        send(UUID.randomUUID().toString(), "com.estate.workorder.return-visit.completed.v1", orderId, data);
    }

    private String charge(String eventId, String orderId, String amount) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("chargeId", "charge-" + orderId);
        data.put("communityId", communityId);
        data.put("unitId", "u-1");
        data.put("itemCode", "PAID_REPAIR");
        data.put("amount", amount);
        data.put("currency", "CNY");
        data.put("reason", "有偿维修");
        data.put("source", Map.of("kind", "work-order", "id", orderId));
        data.put("requestedAt", MARCH_10.plusSeconds(7200).toString());
        return send(eventId, "com.estate.workorder.charge.requested.v1", orderId, data);
    }

    private void overdue(String orderId, String deadline) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("orderId", orderId);
        data.put("communityId", communityId);
        data.put("unitId", "u-1");
        data.put("category", "plumbing");
        data.put("emergency", false);
        data.put("deadline", deadline);
        data.put("dueAt", MARCH_10.plusSeconds(3600).toString());
        data.put("status", "ASSIGNED");
        data.put("orderRevision", 2);
        data.put("detectedAt", MARCH_10.plusSeconds(7200).toString());
        send(UUID.randomUUID().toString(), "com.estate.workorder.order.overdue.v1", orderId, data);
    }

    @Test
    void theMonthShowsItsWorkOnceHoweverOftenEventsAreDelivered() {
        director = staff("dir", "DIRECTOR", communityId);
        path = "/api/work-orders/statistics?communityId=" + communityId + "&month=2027-03";
        String first = "order-" + UUID.randomUUID();
        String second = "order-" + UUID.randomUUID();
        String open = "order-" + UUID.randomUUID();
        completedOrder(first, "t1", 30, 180);
        completedOrder(second, "t2", 90, 300);
        statusChanged(UUID.randomUUID().toString(), open, 1, "OPEN", null, null, null, MARCH_10);
        statusChanged(UUID.randomUUID().toString(), "order-" + UUID.randomUUID(), 1, "OPEN", null, null, null,
                Instant.parse("2027-04-02T02:00:00Z"));
        overdue(second, "COMPLETION");
        overdue(second, "COMPLETION");
        returnVisit(first, true, 5, true, null);
        returnVisit(second, false, 2, false, "order-rework");
        String chargeEvent = charge(UUID.randomUUID().toString(), first, "120.50");
        charge(UUID.randomUUID().toString(), first, "120.50"); // the same charge requested again
        kafka.send("workorder.events", first, chargeEvent); // and its event redelivered

        JsonNode month = await().atMost(Duration.ofSeconds(30)).until(() -> api.send("GET", path, director, null)
                .json(), json -> json.path("returnVisits").asInt() == 2 && json.path("orders").asInt() == 3
                        && json.path("overdueOrders").asInt() == 1 && "120.50".equals(json.path("paidRevenue").asString()));
        kafka.awaitConsumed("workorder-statistics", "workorder.events", Duration.ofSeconds(30));
        month = api.send("GET", path, director, null).json();
        assertThat(month.path("orders").asInt()).isEqualTo(3);
        assertThat(month.path("byStatus").path("COMPLETED").asInt()).isEqualTo(2);
        assertThat(month.path("byStatus").path("OPEN").asInt()).isEqualTo(1);
        assertThat(month.path("byTechnician").path("t1").asInt()).isEqualTo(1);
        assertThat(month.path("byTechnician").path("unassigned").asInt()).isEqualTo(1);
        assertThat(month.path("byChannel").path("PHONE").asInt()).isEqualTo(3);
        assertThat(month.path("byCategory").path("plumbing").asInt()).isEqualTo(3);
        assertThat(month.path("averageResponseMinutes").asLong()).isEqualTo(60);
        assertThat(month.path("averageCompletionMinutes").asLong()).isEqualTo(240);
        assertThat(month.path("overdueCompletion").asInt()).isEqualTo(1);
        assertThat(month.path("returnVisitCoverage").decimalValue()).isEqualByComparingTo("1");
        assertThat(month.path("returnVisitOnTimeRate").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(month.path("satisfactionRate").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(month.path("reworkRate").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(month.path("paidRevenue").asString()).isEqualTo("120.50");

        // an older status delivered late changes nothing
        statusChanged(UUID.randomUUID().toString(), first, 2, "ASSIGNED", "t9", null, null, MARCH_10);
        kafka.awaitConsumed("workorder-statistics", "workorder.events", Duration.ofSeconds(30));
        assertThat(api.send("GET", path, director, null).json().path("byTechnician").has("t9")).isFalse();

        TestHttp.Answer csv = api.send("GET", path, supervisor, null, "Accept", "text/csv");
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("section,key,value").contains("total,orders,3")
                .contains("total,paidRevenue,120.50").contains("technician,t2,1");
        assertThat(api.send("GET", path + "&format=csv", director, null).body()).contains("status,COMPLETED,2");
    }

    @Test
    void statisticsAreForSupervisorsAndTheDirectorOfTheCommunity() {
        path = "/api/work-orders/statistics?communityId=" + communityId + "&month=2027-03";
        assertThat(api.send("GET", path, supervisor, null).status()).isEqualTo(200);
        assertProblem(api.send("GET", path, agent, null), 403, "forbidden");
        assertProblem(api.send("GET", path, technician, null), 403, "forbidden");
        assertProblem(api.send("GET", path, TestTokens.get().resident("r-1", communityId, "u-1"), null), 403,
                "forbidden");
        assertProblem(api.send("GET", path, staff("dir", "DIRECTOR", UUID.randomUUID().toString()), null), 404,
                "not-found");
        assertProblem(api.send("GET", "/api/work-orders/statistics?communityId=" + communityId + "&month=2027-13",
                supervisor, null), 400, "type-mismatch");
        JsonNode empty = api.send("GET", path, supervisor, null).json();
        assertThat(empty.path("orders").asInt()).isZero();
        assertThat(empty.path("paidRevenue").asString()).isEqualTo("0.00");
    }
}
