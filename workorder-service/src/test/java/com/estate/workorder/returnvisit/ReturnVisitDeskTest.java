package com.estate.workorder.returnvisit;

import static com.estate.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.estate.testsupport.Scenario;
import com.estate.testsupport.TestHttp.Answer;
import com.estate.testsupport.TestTokens;
import com.estate.workorder.desk.DeskTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The desk makes return visits: an unsatisfied one sends the repair back as a linked rework order; who may see and
 * record what; the month's coverage and on-time rate.
 */
class ReturnVisitDeskTest extends DeskTest {

    @Autowired
    OverdueReturnVisits overdueScan;

    private String visitedUnit;
    private String orderId;

    private String dueVisit(String category, Instant completedAt) {
        orderId = UUID.randomUUID().toString();
        visitedUnit = UUID.randomUUID().toString();
        events.orderCompleted(orderId, communityId, visitedUnit, category, 4, completedAt);
        String visitId = ReturnVisits.idOf(orderId);
        await().atMost(Duration.ofSeconds(30)).until(() -> api.send("GET", "/api/return-visits/" + visitId, agent,
                null).status() == 200);
        return visitId;
    }

    private Answer make(String visitId, String token, String body) {
        String etag = api.send("GET", "/api/return-visits/" + visitId, agent, null).header("ETag");
        return api.send("POST", "/api/return-visits/" + visitId + "/outcome", token, body, "If-Match", etag);
    }

    @Test
    void anUnsatisfiedVisitOpensALinkedReworkOrderOnce() {
        String visitId = dueVisit("plumbing", Instant.now());
        record StatusChanged(String orderId, String unitId, String category, String status, Origin origin) {
            record Origin(String kind, String id) {
            }
        }
        Answer[] made = new Answer[1];
        var rework = new Scenario(kafka)
                .stimulate(() -> made[0] = make(visitId, agent,
                        "{\"channel\":\"IN_PERSON\",\"satisfied\":false,\"rating\":2,\"comments\":\"水管还在滴水\"}"))
                .andWaitForEvent("workorder.events", "com.estate.workorder.order.status-changed.v1",
                        StatusChanged.class)
                .matching(o -> "return-visit".equals(o.origin().kind()) && visitId.equals(o.origin().id()))
                .toArrive();
        assertThat(made[0].status()).as(made[0].body()).isEqualTo(200);
        String reworkId = made[0].json().path("outcome").path("reworkOrderId").asString();
        assertThat(reworkId).isEqualTo(rework.data().orderId());
        assertThat(rework.data().status()).isEqualTo("OPEN");
        assertThat(rework.data().unitId()).isEqualTo(visitedUnit);
        assertThat(rework.data().category()).isEqualTo("plumbing");
        assertThat(made[0].json().path("outcome").path("satisfied").asBoolean()).isFalse();

        // made once: a second record is refused, and opens nothing
        assertProblem(make(visitId, agent, "{\"channel\":\"PHONE\",\"satisfied\":false,\"rating\":1}"), 409,
                "return-visit-made");
    }

    @Test
    void aRealLeakRepairsVisitIsDueThreeDaysAfterItsLeakTestAndItsReworkIsARealOrder() {
        String tech = newTechnician("t-" + UUID.randomUUID(), "leak");
        String techId = TestTokens.payloadJson(tech).replaceAll(".*\"sub\":\"([^\"]+)\".*", "$1");
        String id = newOrder("leak", "卫生间渗水");
        String visitId = ReturnVisits.idOf(id);
        expect(200, act(id, "assign", agent, "{\"technicianId\":\"" + techId + "\"}"));
        expect(200, act(id, "accept", tech, """
            {"appointment":{"from":"2026-12-03T09:00:00+08:00","to":"2026-12-03T11:00:00+08:00"}}"""));
        expect(200, act(id, "start", tech, null));
        expect(200, act(id, "finish", tech, "{\"notes\":\"重做防水\"}"));
        await().atMost(Duration.ofSeconds(30)).until(() -> api.send("GET", "/api/return-visits/" + visitId, agent,
                null).status() == 200);
        assertThat(api.send("GET", "/api/return-visits/" + visitId, agent, null).json().path("status").asString())
                .isEqualTo("WAITING");

        LocalDate testedOn = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        expect(200, act(id, "leak-test", tech, "{\"testedOn\":\"" + testedOn + "\"}"));
        JsonNode due = await().atMost(Duration.ofSeconds(30)).until(() -> api.send("GET", "/api/return-visits/"
                + visitId, agent, null).json(), v -> v.path("status").asString().equals("DUE"));
        assertThat(Instant.parse(due.path("dueBy").asString()))
                .isEqualTo(testedOn.plusDays(4).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
        assertThat(due.path("unitId").asString()).isEqualTo(unitId);

        Answer made = make(visitId, agent, "{\"channel\":\"PHONE\",\"satisfied\":false,\"rating\":1,"
                + "\"comments\":\"还是渗水\"}");
        assertThat(made.status()).as(made.body()).isEqualTo(200);
        JsonNode rework = expect(200, api.send("GET", "/api/work-orders/" + made.json().path("outcome")
                .path("reworkOrderId").asString(), agent, null)).json();
        assertThat(rework.path("category").asString()).isEqualTo("leak");
        assertThat(rework.path("unitId").asString()).isEqualTo(unitId);
        assertThat(rework.path("channel").asString()).isEqualTo("RETURN_VISIT_REWORK");
    }

    @Test
    void aLeakVisitCannotBeMadeBeforeItsLeakTest() {
        String visitId = dueVisit("leak", Instant.now());
        assertProblem(make(visitId, agent, "{\"channel\":\"PHONE\",\"satisfied\":true,\"rating\":5}"), 409,
                "return-visit-not-due");
        events.leakTestRecorded(orderId, communityId, visitedUnit, LocalDate.now(ZoneId.of("Asia/Shanghai")), 5);
        await().atMost(Duration.ofSeconds(30)).until(() -> "DUE".equals(api.send("GET", "/api/return-visits/"
                + visitId, agent, null).json().path("status").asString()));
        assertThat(make(visitId, agent, "{\"channel\":\"PHONE\",\"satisfied\":true,\"rating\":5}").status())
                .isEqualTo(200);
    }

    @Test
    void whatIsRecordedIsChecked() {
        String visitId = dueVisit("plumbing", Instant.now());
        String etag = api.send("GET", "/api/return-visits/" + visitId, agent, null).header("ETag");
        String path = "/api/return-visits/" + visitId + "/outcome";
        assertProblem(api.send("POST", path, agent, "{\"channel\":\"PHONE\",\"satisfied\":true,\"rating\":6}",
                "If-Match", etag), 400, "validation");
        assertProblem(api.send("POST", path, agent, "{\"channel\":\"EMAIL\",\"satisfied\":true,\"rating\":3}",
                "If-Match", etag), 400, "validation");
        assertProblem(api.send("POST", path, agent, "{\"channel\":\"PHONE\",\"satisfied\":true,\"rating\":3}"), 428,
                "precondition-required");
        assertProblem(api.send("POST", path, agent, "{\"channel\":\"PHONE\",\"satisfied\":true,\"rating\":3}",
                "If-Match", "\"999\""), 412, "precondition-failed");
    }

    @Test
    void residentsSeeTheirHouseholdsVisitsOnlyAndStaffTheirCommunitiesOnly() {
        String visitId = dueVisit("plumbing", Instant.now());
        String path = "/api/return-visits/" + visitId;
        String own = residentOf(visitedUnit);
        String neighbour = residentOf(UUID.randomUUID().toString());
        String elsewhere = TestTokens.get().staff("CS_AGENT", UUID.randomUUID().toString());

        assertThat(api.send("GET", path, own, null).status()).isEqualTo(200);
        assertThat(api.send("GET", "/api/return-visits?communityId=" + communityId, own, null).json()
                .path("total").asInt()).isEqualTo(1);
        assertProblem(api.send("GET", path, neighbour, null), 404, "not-found");
        assertThat(api.send("GET", "/api/return-visits?communityId=" + communityId, neighbour, null).json()
                .path("total").asInt()).isZero();
        assertProblem(api.send("GET", path, elsewhere, null), 404, "not-found");
        assertProblem(api.send("GET", "/api/return-visits?communityId=" + communityId, elsewhere, null), 404,
                "not-found");
        assertProblem(api.send("GET", "/api/return-visits/" + UUID.randomUUID(), agent, null), 404, "not-found");

        // recording is the desk's: not the resident's, not a technician's, not another community's agent
        String body = "{\"channel\":\"PHONE\",\"satisfied\":true,\"rating\":5}";
        assertProblem(make(visitId, own, body), 403, "forbidden");
        assertProblem(make(visitId, TestTokens.get().staff("TECHNICIAN", communityId), body), 403, "forbidden");
        assertProblem(make(visitId, elsewhere, body), 404, "not-found");
        assertProblem(api.send("GET", "/api/return-visits/figures?communityId=" + communityId + "&month=2026-07",
                own, null), 403, "forbidden");
        assertThat(make(visitId, supervisor, body).status()).isEqualTo(200);
    }

    @Test
    void theMonthsCoverageAndOnTimeRateCountEveryRepairCompletedInIt() {
        YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        String onTime = dueVisit("plumbing", Instant.now());
        String late = dueVisit("electrical", Instant.now().minus(4, ChronoUnit.DAYS));
        dueVisit("plumbing", Instant.now()); // not made yet
        dueVisit("leak", Instant.now()); // waits for its leak test
        overdueScan.flagOverdue();
        assertThat(make(onTime, agent, "{\"channel\":\"PHONE\",\"satisfied\":true,\"rating\":5}").status())
                .isEqualTo(200);
        assertThat(make(late, agent, "{\"channel\":\"PHONE\",\"satisfied\":false,\"rating\":2}").status())
                .isEqualTo(200);

        JsonNode figures = api.send("GET", "/api/return-visits/figures?communityId=" + communityId + "&month="
                + month, supervisor, null).json();
        boolean lateInThisMonth = YearMonth.from(Instant.now().minus(4, ChronoUnit.DAYS)
                .atZone(ZoneId.of("Asia/Shanghai"))).equals(month);
        int completed = lateInThisMonth ? 4 : 3;
        assertThat(figures.path("completedRepairs").asInt()).isEqualTo(completed);
        assertThat(figures.path("visited").asInt()).isEqualTo(lateInThisMonth ? 2 : 1);
        assertThat(figures.path("visitedOnTime").asInt()).isEqualTo(1);
        assertThat(figures.path("waiting").asInt()).isEqualTo(1);
        assertThat(figures.path("coverage").asString()).isEqualTo(lateInThisMonth ? "0.5000" : "0.3333");
        assertThat(figures.path("onTimeRate").asString()).isEqualTo(lateInThisMonth ? "0.2500" : "0.3333");
        assertProblem(api.send("GET", "/api/return-visits/figures?communityId=" + communityId + "&month=July",
                supervisor, null), 400, "type-mismatch");
    }
}
