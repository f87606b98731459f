package com.estate.workorder.patrol;

import static com.estate.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.estate.testsupport.Scenario;
import com.estate.testsupport.TestHttp.Answer;
import com.estate.testsupport.TestTokens;
import com.estate.workorder.desk.DeskTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Recording patrols: every checklist point answered, each problem found a work order, the result told to the
 * household as a notification request; public-area inspections that staff plan; who may do what.
 */
class PatrolDeskTest extends DeskTest {

    private static final String CUSTODY_CHECKS = "[{\"code\":\"doors-windows\",\"ok\":true},"
            + "{\"code\":\"leaks\",\"ok\":false,\"note\":\"阳台窗台有渗水痕迹\"},{\"code\":\"meters\",\"ok\":true},"
            + "{\"code\":\"surroundings\",\"ok\":true}]";

    record Recipient(String kind, String id) {
    }

    record NotificationRequested(String communityId, Recipient recipient, String templateKey,
            Map<String, String> params, String urgency) {
    }

    record StatusChanged(String orderId, String unitId, String category, String status, Origin origin) {
        record Origin(String kind, String id) {
        }
    }

    private String patrolledUnit;

    private String custodyPatrol() {
        patrolledUnit = UUID.randomUUID().toString();
        events.custodyPatrolRequested(UUID.randomUUID().toString(), UUID.randomUUID().toString(), communityId,
                patrolledUnit, "WEEKLY", null, Instant.now().plusSeconds(86_400));
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            found[0] = api.send("GET", "/api/patrols?communityId=" + communityId, agent, null).json();
            return found[0].path("total").asInt() == 1;
        });
        return found[0].path("items").get(0).path("id").asString();
    }

    private Answer record(String taskId, String token, String body) {
        String etag = api.send("GET", "/api/patrols/" + taskId, agent, null).header("ETag");
        return api.send("POST", "/api/patrols/" + taskId + "/result", token, body, "If-Match", etag);
    }

    @Test
    void aProblemFoundBecomesAWorkOrderAndTheHouseholdIsTold() {
        String taskId = custodyPatrol();
        String technician = TestTokens.get().staff("TECHNICIAN", communityId);
        Answer[] recorded = new Answer[1];
        var notified = new Scenario(kafka)
                .stimulate(() -> recorded[0] = record(taskId, technician, "{\"checks\":" + CUSTODY_CHECKS
                        + ",\"findings\":\"外窗渗水\",\"problems\":[{\"category\":\"leak\","
                        + "\"description\":\"阳台窗台渗水\"}]}"))
                .andWaitForEvent("notification.requests", "com.estate.platform.notification.requested.v1",
                        NotificationRequested.class)
                .matching(n -> taskId.equals(n.params().get("patrolId"))).toArrive();
        assertThat(recorded[0].status()).as(recorded[0].body()).isEqualTo(200);
        assertThat(notified.data().recipient()).isEqualTo(new Recipient("HOUSEHOLD", patrolledUnit));
        assertThat(notified.data().templateKey()).isEqualTo("workorder.patrol-recorded");
        assertThat(notified.data().urgency()).isEqualTo("URGENT");
        assertThat(notified.data().params()).containsEntry("problemsFound", "true").containsEntry("orders", "1");

        JsonNode result = recorded[0].json().path("result");
        assertThat(recorded[0].json().path("status").asString()).isEqualTo("DONE");
        String orderId = result.path("orderIds").get(0).asString();
        var opened = kafka.await("workorder.events", r -> r.value().contains(orderId)
                && r.value().contains("order.status-changed"), Duration.ofSeconds(30));
        assertThat(com.estate.testsupport.KafkaTestClient.data(opened).path("origin").path("kind").asString())
                .isEqualTo("custody-patrol");
        assertThat(com.estate.testsupport.KafkaTestClient.data(opened).path("unitId").asString())
                .isEqualTo(patrolledUnit);

        assertProblem(record(taskId, technician, "{\"checks\":" + CUSTODY_CHECKS + "}"), 409, "patrol-not-scheduled");
    }

    @Test
    void everyCheckpointIsAnsweredAndAFaultSaysWhat() {
        String taskId = custodyPatrol();
        assertProblem(record(taskId, agent, "{\"checks\":[{\"code\":\"doors-windows\",\"ok\":true}]}"), 422,
                "patrol-checklist-incomplete");
        assertProblem(record(taskId, agent, "{\"checks\":" + CUSTODY_CHECKS.replace(",\"note\":\"阳台窗台有渗水痕迹\"", "")
                + "}"), 422, "patrol-check-note");
        assertProblem(record(taskId, agent, "{\"checks\":[]}"), 400, "validation");
        assertProblem(api.send("POST", "/api/patrols/" + taskId + "/result", agent, "{\"checks\":" + CUSTODY_CHECKS
                + "}"), 428, "precondition-required");
    }

    @Test
    void staffPlanPublicAreaInspectionsWithTheirOwnChecklist() {
        Answer planned = api.send("POST", "/api/patrols", TestTokens.get().staff("SECURITY", communityId),
                "{\"communityId\":\"" + communityId + "\",\"area\":\"3号楼 地下车库\",\"dueBy\":\"2026-07-10T18:00:00+08:00\","
                        + "\"checklist\":[{\"code\":\"exits\",\"label\":\"安全出口畅通\"}]}",
                "Idempotency-Key", key());
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        assertThat(planned.json().path("kind").asString()).isEqualTo("PUBLIC_AREA");
        assertThat(planned.json().path("unitId").isNull()).isTrue();
        String taskId = planned.json().path("id").asString();
        Answer recorded = record(taskId, TestTokens.get().staff("SECURITY", communityId),
                "{\"checks\":[{\"code\":\"exits\",\"ok\":true}],\"findings\":\"正常\"}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(recorded.json().path("problemsFound").asBoolean()).isFalse();

        Answer usual = api.send("POST", "/api/patrols", agent, "{\"communityId\":\"" + communityId
                + "\",\"area\":\"中心广场\",\"dueBy\":\"2026-07-10T18:00:00+08:00\"}");
        assertThat(usual.json().path("checklist")).extracting(c -> c.path("code").asString()).contains("fire-safety");
    }

    @Test
    void whoMayDoWhat() {
        String taskId = custodyPatrol();
        String resident = residentOf(patrolledUnit);
        String elsewhere = TestTokens.get().staff("TECHNICIAN", UUID.randomUUID().toString());
        String plan = "{\"communityId\":\"" + communityId + "\",\"area\":\"大堂\",\"dueBy\":\"2026-07-10T18:00:00+08:00\"}";

        assertProblem(api.send("GET", "/api/patrols/" + taskId, resident, null), 403, "forbidden");
        assertProblem(api.send("GET", "/api/patrols?communityId=" + communityId, resident, null), 403, "forbidden");
        assertProblem(api.send("GET", "/api/patrols/" + taskId, elsewhere, null), 404, "not-found");
        assertProblem(api.send("GET", "/api/patrols?communityId=" + communityId, elsewhere, null), 404, "not-found");
        assertProblem(api.send("POST", "/api/patrols", resident, plan), 403, "forbidden");
        assertProblem(api.send("POST", "/api/patrols", elsewhere, plan), 404, "not-found");
        assertProblem(api.send("POST", "/api/patrols", TestTokens.get().staff("DIRECTOR", communityId), plan), 403,
                "forbidden");
        assertProblem(record(taskId, resident, "{\"checks\":" + CUSTODY_CHECKS + "}"), 403, "forbidden");
        assertProblem(record(taskId, elsewhere, "{\"checks\":" + CUSTODY_CHECKS + "}"), 404, "not-found");
        assertThat(api.send("GET", "/api/patrols/" + taskId, TestTokens.get().staff("DIRECTOR", communityId), null)
                .status()).isEqualTo(200);
        assertProblem(api.send("GET", "/api/patrols/" + UUID.randomUUID(), agent, null), 404, "not-found");
    }
}
