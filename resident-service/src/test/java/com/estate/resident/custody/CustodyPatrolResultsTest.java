package com.estate.resident.custody;

import static com.estate.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.estate.contracts.ContractEvents;
import com.estate.contracts.ContractValidator;
import com.estate.testsupport.TestHttp.Answer;
import com.estate.testsupport.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The patrols workorder-service makes for the custody's requests come back as {@code patrol.completed} and are
 * recorded on the custody as the desk records one, once however often the event is delivered.
 */
class CustodyPatrolResultsTest extends CustodyDeskTest {

    private static final String GROUP = "resident-service";
    private static final String COMPLETED = "com.estate.workorder.patrol.completed.v1";

    @Autowired
    WeeklyPatrols weeklyPatrols;

    private final ContractEvents contractEvents = new ContractEvents();
    private final ContractValidator contracts = new ContractValidator();

    private JsonNode custody(String custodyId) {
        return api.send("GET", "/api/custody/" + custodyId, agent, null).json();
    }

    /** workorder-service's event for a patrol of the request, schema-valid. */
    private String completed(String eventId, String patrolId, String custodyId, String requestId, String unitId,
            Instant recordedAt) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("patrolId", patrolId);
        data.put("kind", "CUSTODY_WEEKLY");
        data.put("communityId", communityId);
        data.put("unitId", unitId);
        data.put("custodyId", custodyId);
        data.put("requestId", requestId);
        data.put("recordedAt", recordedAt.toString());
        data.put("recordedBy", "tech-7");
        data.put("findings", "");
        data.put("problemsFound", true);
        data.put("checks", List.of(Map.of("code", "doors-windows", "ok", true),
                Map.of("code", "leaks", "ok", false, "note", "阳台窗台渗水")));
        data.put("orderIds", List.of("order-1"));
        data.put("photos", 1);
        String event = contractEvents.of(eventId, COMPLETED, "/workorder-service", patrolId, communityId, data);
        contracts.assertValid(event);
        return event;
    }

    private String requestOf(String custodyId) {
        weeklyPatrols.requestThisWeek();
        return custody(custodyId).path("patrolRequests").get(0).path("id").asString();
    }

    @Test
    void aPatrolWorkorderServiceMadeAnswersItsRequestOnceHoweverOftenDelivered() {
        Home home = newHome();
        String custodyId = started(home).json().path("id").asString();
        String requestId = requestOf(custodyId);
        String patrolId = UUID.randomUUID().toString();
        Instant recordedAt = clock.instant().minusSeconds(60);
        String event = completed(UUID.randomUUID().toString(), patrolId, custodyId, requestId, home.unitId(),
                recordedAt);

        kafka.send("workorder.events", patrolId, event);
        JsonNode recorded = await().atMost(Duration.ofSeconds(30)).until(() -> custody(custodyId),
                c -> c.path("patrols").size() == 1);
        String etag = api.send("GET", "/api/custody/" + custodyId, agent, null).header("ETag");
        kafka.send("workorder.events", patrolId, event); // redelivered
        kafka.awaitConsumed(GROUP, "workorder.events", Duration.ofSeconds(30));
        assertThat(api.send("GET", "/api/custody/" + custodyId, agent, null).header("ETag"))
                .as("a redelivered event changes nothing").isEqualTo(etag);
        // the same patrol published again under another event id (a producer retry) is the same patrol too
        kafka.send("workorder.events", patrolId, completed(UUID.randomUUID().toString(), patrolId, custodyId,
                requestId, home.unitId(), recordedAt));
        kafka.awaitConsumed(GROUP, "workorder.events", Duration.ofSeconds(30));

        JsonNode now = custody(custodyId);
        assertThat(now.path("patrols")).hasSize(1);
        JsonNode patrol = now.path("patrols").get(0);
        assertThat(patrol.path("id").asString()).isEqualTo(patrolId);
        assertThat(patrol.path("requestId").asString()).isEqualTo(requestId);
        assertThat(patrol.path("findings").asString()).isEqualTo("leaks: 阳台窗台渗水");
        assertThat(patrol.path("problemsFound").asBoolean()).isTrue();
        assertThat(patrol.path("recordedBy").asString()).isEqualTo("tech-7");
        assertThat(patrol.path("patrolledOn").asString()).isEqualTo(LocalDate.ofInstant(recordedAt,
                ZoneId.of("Asia/Shanghai")).toString());
        assertThat(now.path("patrolRequests").get(0).path("patrolId").asString()).isEqualTo(patrolId);
        assertThat(recorded.path("patrols")).isEqualTo(now.path("patrols"));
        etag = api.send("GET", "/api/custody/" + custodyId, agent, null).header("ETag");

        // the desk cannot answer it a second time
        assertProblem(api.send("POST", "/api/custody/" + custodyId + "/patrols",
                TestTokens.get().staff("TECHNICIAN", communityId), "{\"requestId\":\"" + requestId
                        + "\",\"findings\":\"x\",\"problemsFound\":false}", "If-Match", etag), 422,
                "custody-patrol-request-answered");
    }

    @Test
    void aRequestTheDeskAnsweredFirstStaysItsAndAnEventNamingNoCustodyIsDeadLettered() {
        Home home = newHome();
        Answer started = started(home);
        String custodyId = started.json().path("id").asString();
        String requestId = requestOf(custodyId);
        Answer desk = api.send("POST", "/api/custody/" + custodyId + "/patrols", agent, "{\"requestId\":\""
                + requestId + "\",\"findings\":\"门窗完好\",\"problemsFound\":false}", "If-Match",
                api.send("GET", "/api/custody/" + custodyId, agent, null).header("ETag"));
        assertThat(desk.status()).as(desk.body()).isEqualTo(200);
        String deskPatrol = desk.json().path("patrols").get(0).path("id").asString();

        String patrolId = UUID.randomUUID().toString();
        kafka.send("workorder.events", patrolId, completed(UUID.randomUUID().toString(), patrolId, custodyId,
                requestId, home.unitId(), clock.instant()));
        JsonNode now = await().atMost(Duration.ofSeconds(30)).until(() -> custody(custodyId),
                c -> c.path("patrols").size() == 2);
        assertThat(now.path("patrolRequests").get(0).path("patrolId").asString()).isEqualTo(deskPatrol);
        assertThat(now.path("patrols").get(1).path("id").asString()).isEqualTo(patrolId);
        assertThat(now.path("patrols").get(1).path("requestId").isNull()).isTrue();

        String stray = UUID.randomUUID().toString();
        kafka.send("workorder.events", stray, completed(UUID.randomUUID().toString(), stray,
                UUID.randomUUID().toString(), requestId, home.unitId(), clock.instant()));
        assertThat(kafka.await("workorder.events.DLT", r -> stray.equals(r.key()), Duration.ofSeconds(30)))
                .isNotNull();
    }
}
