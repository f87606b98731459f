package com.estate.resident.custody;

import static com.estate.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.estate.platform.consumer.DerivedIds;
import com.estate.testsupport.SampleFiles;
import com.estate.testsupport.Scenario;
import com.estate.testsupport.TestHttp.Answer;
import com.estate.testsupport.TestTokens;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Patrols of units in custody: weekly, before and after heavy rain, and their results told to the owner. */
class CustodyPatrolsTest extends CustodyDeskTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    WeeklyPatrols weeklyPatrols;

    record PatrolRequested(String requestId, String custodyId, String communityId, String unitId, String reason,
            String isoWeek, String alertId) {
    }

    record Recipient(String kind, String id) {
    }

    record NotificationRequested(String communityId, Recipient recipient, String templateKey,
            Map<String, String> params, String urgency) {
    }

    private String custodyOf(Home home) {
        return started(home).json().path("id").asString();
    }

    private JsonNode custody(String custodyId) {
        return api.send("GET", "/api/custody/" + custodyId, agent, null).json();
    }

    @Test
    void aHeavyRainAlertAsksAPatrolBeforeAndAfterForEveryUnitInCustodyInTheCommunity() {
        String first = custodyOf(newHome());
        String second = custodyOf(newHome());
        Home endedHome = newHome();
        Answer ended = started(endedHome);
        assertThat(api.send("POST", "/api/custody/" + ended.json().path("id").asString() + "/end", agent, "{}",
                "If-Match", ended.header("ETag")).status()).isEqualTo(200);
        // another community's alert id is not found there
        String elsewhere = newCommunity();

        AtomicReference<Answer> alert = new AtomicReference<>();
        var event = new Scenario(kafka)
                .stimulate(() -> alert.set(api.send("POST", "/api/communities/" + communityId + "/heavy-rain-alerts",
                        agent, "{\"expectedFrom\":\"2026-07-10T18:00:00+08:00\","
                                + "\"expectedUntil\":\"2026-07-11T06:00:00+08:00\",\"note\":\"暴雨橙色预警\"}",
                        "Idempotency-Key", UUID.randomUUID().toString())))
                .andWaitForEvent("resident.events", PATROL_REQUESTED, PatrolRequested.class)
                .matching(r -> r.custodyId().equals(second) && r.reason().equals("AFTER_HEAVY_RAIN"))
                .toArrive();
        assertThat(alert.get().status()).as(alert.get().body()).isEqualTo(201);
        assertThat(event.data().alertId()).isEqualTo(alert.get().json().path("id").asString());
        String alertId = alert.get().json().path("id").asString();
        // only this community's active custody records: not the ended one, not other tests' in other communities
        assertThat(alert.get().json().path("custodyIds")).extracting(JsonNode::asString)
                .containsExactlyInAnyOrder(first, second);
        assertThat(api.send("GET", "/api/communities/" + communityId + "/heavy-rain-alerts/" + alertId, agent, null)
                .json().path("note").asString()).isEqualTo("暴雨橙色预警");
        assertThat(api.send("GET", "/api/communities/" + elsewhere + "/heavy-rain-alerts/" + alertId, admin, null)
                .status()).isEqualTo(404);

        for (String custodyId : List.of(first, second)) {
            JsonNode requests = custody(custodyId).path("patrolRequests");
            assertThat(requests).extracting(r -> r.path("reason").asString())
                    .containsExactlyInAnyOrder("BEFORE_HEAVY_RAIN", "AFTER_HEAVY_RAIN");
            JsonNode before = requests.get(0).path("reason").asString().equals("BEFORE_HEAVY_RAIN") ? requests.get(0)
                    : requests.get(1);
            JsonNode after = before == requests.get(0) ? requests.get(1) : requests.get(0);
            assertThat(Instant.parse(before.path("dueBy").asString())).isEqualTo(Instant.parse("2026-07-10T10:00:00Z"));
            assertThat(Instant.parse(after.path("notBefore").asString()))
                    .isEqualTo(Instant.parse("2026-07-10T22:00:00Z"));
            assertThat(before.path("alertId").asString()).isEqualTo(alertId);
        }
    }

    @Test
    void eachRequestOfAnAlertIsPublishedOnceWithAnIdFromTheRequest() {
        String custodyId = custodyOf(newHome());

        var before = new Scenario(kafka)
                .stimulate(() -> assertThat(api.send("POST", "/api/communities/" + communityId
                        + "/heavy-rain-alerts", agent, "{\"expectedFrom\":\"2026-07-10T18:00:00+08:00\","
                        + "\"expectedUntil\":\"2026-07-11T06:00:00+08:00\"}").status()).isEqualTo(201))
                .andWaitForEvent("resident.events", PATROL_REQUESTED, PatrolRequested.class)
                .matching(r -> r.custodyId().equals(custodyId) && r.reason().equals("AFTER_HEAVY_RAIN"))
                .toArrive();

        JsonNode stored = custody(custodyId).path("patrolRequests");
        assertThat(stored).hasSize(2);
        assertThat(before.data().requestId()).isIn(stored.get(0).path("id").asString(),
                stored.get(1).path("id").asString());
        assertThat(before.id()).isEqualTo(DerivedIds.of("custody-patrol-requested", before.data().requestId()));
        assertThat(before.record().key()).isEqualTo(custodyId);
        assertThat(before.data().isoWeek()).isNull();

        assertProblem(api.send("POST", "/api/communities/" + communityId + "/heavy-rain-alerts", agent,
                "{\"expectedFrom\":\"2026-07-10T18:00:00+08:00\",\"expectedUntil\":\"2026-07-10T17:00:00+08:00\"}"),
                422, "heavy-rain-period");
        assertProblem(api.send("POST", "/api/communities/" + communityId + "/heavy-rain-alerts", agent,
                "{\"expectedFrom\":\"tomorrow\",\"expectedUntil\":\"2026-07-10T17:00:00+08:00\"}"), 400, "validation");
        assertProblem(api.send("POST", "/api/communities/" + communityId + "/heavy-rain-alerts",
                TestTokens.get().staff("TECHNICIAN", communityId), "{\"expectedFrom\":\"2026-07-10T18:00:00+08:00\","
                        + "\"expectedUntil\":\"2026-07-11T06:00:00+08:00\"}"), 403, "forbidden");
        assertProblem(api.send("POST", "/api/communities/" + communityId + "/heavy-rain-alerts",
                TestTokens.get().staff("CS_AGENT", "another-community"), "{\"expectedFrom\":\"2026-07-10T18:00:00"
                        + "+08:00\",\"expectedUntil\":\"2026-07-11T06:00:00+08:00\"}"), 404, "not-found");
    }

    @Test
    void theWeeklyJobRunTwiceInOneWeekAsksOnePatrolPerUnitAndTheNextWeekAnother() {
        String first = custodyOf(newHome());
        String second = custodyOf(newHome());
        // Monday 10:00 in Shanghai of next week, so the runs below stay within one week
        LocalDate monday = clock.instant().atZone(SHANGHAI).toLocalDate().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        clock.setOffset(Duration.between(Instant.now(), monday.atTime(10, 0).atZone(SHANGHAI).toInstant()));

        var firstRun = new Scenario(kafka)
                .stimulate(weeklyPatrols::requestThisWeek)
                .andWaitForEvent("resident.events", PATROL_REQUESTED, PatrolRequested.class)
                .matching(r -> r.custodyId().equals(first))
                .toArrive();
        assertThat(firstRun.data().reason()).isEqualTo("WEEKLY");
        String week = firstRun.data().isoWeek();
        assertThat(week).matches("\\d{4}-W\\d{2}");

        clock.advance(Duration.ofDays(4));
        weeklyPatrols.requestThisWeek();
        for (String custodyId : List.of(first, second)) {
            assertThat(custody(custodyId).path("patrolRequests")).singleElement()
                    .satisfies(r -> assertThat(r.path("isoWeek").asString()).isEqualTo(week));
        }
        String etag = api.send("GET", "/api/custody/" + first, agent, null).header("ETag");

        clock.advance(Duration.ofDays(3)); // the Monday after
        weeklyPatrols.requestThisWeek();
        assertThat(custody(first).path("patrolRequests")).extracting(r -> r.path("isoWeek").asString())
                .hasSize(2).contains(week).doesNotHaveDuplicates();
        assertThat(api.send("GET", "/api/custody/" + first, agent, null).header("ETag")).isNotEqualTo(etag);
    }

    @Test
    void aPatrolAnsweringARequestGoesBackToTheOwner() {
        Home home = newHome();
        String custodyId = custodyOf(home);
        weeklyPatrols.requestThisWeek();
        Answer read = api.send("GET", "/api/custody/" + custodyId, agent, null);
        String requestId = read.json().path("patrolRequests").get(0).path("id").asString();
        String photo = upload(home.unitId(), "photo", "北窗.jpg", SampleFiles.jpeg());
        String technician = TestTokens.get().staff("TECHNICIAN", communityId);
        String patrols = "/api/custody/" + custodyId + "/patrols";

        AtomicReference<Answer> answer = new AtomicReference<>();
        var notification = new Scenario(kafka)
                .stimulate(() -> answer.set(api.send("POST", patrols, technician, """
                        {"requestId":"%s","findings":"北侧窗户未关，已关闭","problemsFound":true,"photoIds":["%s"]}"""
                        .formatted(requestId, photo), "If-Match", read.header("ETag"))))
                .andWaitForEvent("notification.requests", "com.estate.platform.notification.requested.v1",
                        NotificationRequested.class)
                .matching(n -> custodyId.equals(n.params().get("custodyId")))
                .toArrive();

        assertThat(answer.get().status()).as(answer.get().body()).isEqualTo(200);
        JsonNode patrol = answer.get().json().path("patrols").get(0);
        assertThat(patrol.path("photoIds").get(0).asString()).isEqualTo(photo);
        assertThat(answer.get().json().path("patrolRequests").get(0).path("patrolId").asString())
                .isEqualTo(patrol.path("id").asString());
        NotificationRequested sent = notification.data();
        assertThat(sent.recipient()).isEqualTo(new Recipient("RESIDENT", home.ownerId()));
        assertThat(sent.templateKey()).isEqualTo("custody.patrol-recorded");
        assertThat(sent.urgency()).isEqualTo("URGENT");
        assertThat(sent.params()).containsEntry("patrolId", patrol.path("id").asString())
                .containsEntry("problemsFound", "true").containsEntry("unitId", home.unitId());
        // findings are free text that may name people: they stay here, the owner reads them on the record
        assertThat(notification.record().value()).doesNotContain("北侧窗户");

        String etag = answer.get().header("ETag");
        assertProblem(api.send("POST", patrols, technician, "{\"requestId\":\"" + requestId + "\",\"findings\":\"x\","
                + "\"problemsFound\":false}", "If-Match", etag), 422, "custody-patrol-request-answered");
        assertProblem(api.send("POST", patrols, technician, "{\"findings\":\"x\",\"problemsFound\":false,"
                + "\"photoIds\":[\"" + home.agreementId() + "\"]}", "If-Match", etag), 422, "custody-photo-unknown");
        assertProblem(api.send("POST", patrols, technician, "{\"findings\":\"\",\"problemsFound\":false}",
                "If-Match", etag), 400, "validation");
        assertProblem(api.send("POST", patrols, TestTokens.get().staff("FINANCE", communityId),
                "{\"findings\":\"x\",\"problemsFound\":false}", "If-Match", etag), 403, "forbidden");
        // a patrol without a request (the desk noticed something) is recorded too
        assertThat(api.send("POST", patrols, technician, "{\"findings\":\"门锁完好\",\"problemsFound\":false}",
                "If-Match", etag).status()).isEqualTo(200);
    }
}
