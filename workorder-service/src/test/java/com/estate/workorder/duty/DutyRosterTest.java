package com.estate.workorder.duty;

import static com.estate.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.estate.testsupport.TestHttp;
import com.estate.testsupport.TestTokens;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class DutyRosterTest extends DutyDeskTest {

    private static final LocalDate LAST_SUMMER_DAY = LocalDate.of(2027, 9, 30);

    /** The roster's answer to automatic dispatch (the tests' context puts its own roster first for dispatch tests). */
    @Autowired
    RosterOnDutyStaff onDutyStaff;

    @Test
    void thePlanShowsEachDaysShiftsInItsSeasonWithWhoKeepsThem() {
        assign(LAST_SUMMER_DAY, "NIGHT", technicianId);
        TestHttp.Answer plan = api.send("GET", "/api/duty/shifts?communityId=" + communityId + "&from="
                + LAST_SUMMER_DAY + "&to=" + LAST_SUMMER_DAY.plusDays(1), agent, null);
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        JsonNode days = plan.json().path("days");
        assertThat(days.size()).isEqualTo(2);
        assertThat(days.get(0).path("season").asString()).isEqualTo("SUMMER");
        assertThat(days.get(0).path("etag").asString()).isEqualTo("\"1\"");
        JsonNode night = days.get(0).path("shifts").get(2);
        assertThat(night.path("kind").asString()).isEqualTo("NIGHT");
        assertThat(night.path("staffedBy").asString()).isEqualTo("TECHNICIAN");
        assertThat(night.path("periods").get(0).path("start").asString()).isEqualTo("2027-09-30T18:00:00+08:00");
        assertThat(night.path("periods").get(0).path("end").asString()).isEqualTo("2027-10-01T08:30:00+08:00");
        assertThat(night.path("assignees").get(0).path("staffId").asString()).isEqualTo(technicianId);
        assertThat(days.get(1).path("season").asString()).isEqualTo("STANDARD");
        assertThat(days.get(1).path("etag").asString()).isEqualTo("\"0\"");
        assertThat(days.get(1).path("shifts").get(1).path("periods").get(0).path("end").asString())
                .isEqualTo("2027-10-01T13:30:00+08:00");
    }

    @Test
    void theCoverageCheckReportsEveryGapAcrossTheSeasonBoundary() {
        LocalDate first = LAST_SUMMER_DAY.plusDays(1);
        for (LocalDate date = LAST_SUMMER_DAY.minusDays(1); !date.isAfter(first); date = date.plusDays(1)) {
            assign(date, "DAY", agentId);
            assign(date, "NIGHT", technicianId);
        }
        TestHttp.Answer coverage = api.send("GET", "/api/duty/coverage?communityId=" + communityId + "&from="
                + LAST_SUMMER_DAY + "&to=" + first, supervisor, null);
        assertThat(coverage.status()).as(coverage.body()).isEqualTo(200);
        assertThat(coverage.json().path("covered").asBoolean()).isFalse();
        JsonNode gaps = coverage.json().path("gaps");
        assertThat(gaps.size()).isEqualTo(2);
        assertThat(gaps.get(0).path("start").asString()).isEqualTo("2027-09-30T12:00:00+08:00");
        assertThat(gaps.get(0).path("end").asString()).isEqualTo("2027-09-30T14:00:00+08:00");
        assertThat(gaps.get(0).path("minutes").asLong()).isEqualTo(120);
        assertThat(gaps.get(0).path("shifts").get(0).path("kind").asString()).isEqualTo("NOON");
        assertThat(gaps.get(1).path("start").asString()).isEqualTo("2027-10-01T12:00:00+08:00");
        assertThat(gaps.get(1).path("end").asString()).isEqualTo("2027-10-01T13:30:00+08:00");

        assign(LAST_SUMMER_DAY, "NOON", agentId);
        assign(first, "NOON", agentId);
        TestHttp.Answer covered = api.send("GET", "/api/duty/coverage?communityId=" + communityId + "&from="
                + LAST_SUMMER_DAY + "&to=" + first, supervisor, null);
        assertThat(covered.json().path("covered").asBoolean()).as(covered.body()).isTrue();
    }

    @Test
    void aMemberIsOnAShiftOnceAndIsRemovedOnlyWithTheDaysCurrentEtag() {
        TestHttp.Answer first = assign(LAST_SUMMER_DAY, "NOON", agentId);
        String assignmentId = first.json().path("shifts").get(1).path("assignees").get(0).path("assignmentId")
                .asString();
        TestHttp.Answer again = api.send("POST", "/api/duty/shifts", supervisor, "{\"communityId\":\"" + communityId
                + "\",\"date\":\"" + LAST_SUMMER_DAY + "\",\"kind\":\"NOON\",\"staffId\":\"" + agentId + "\"}");
        assertProblem(again, 409, "duty-already-assigned");
        String path = "/api/duty/shifts/" + communityId + "/" + LAST_SUMMER_DAY + "/assignments/" + assignmentId;
        assertProblem(api.send("DELETE", path, supervisor, null), 428, "precondition-required");
        assertProblem(api.send("DELETE", path, supervisor, null, "If-Match", "\"7\""), 412, "precondition-failed");
        TestHttp.Answer removed = api.send("DELETE", path, supervisor, null, "If-Match", first.header("ETag"));
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.json().path("shifts").get(1).path("assignees").size()).isZero();
        assertProblem(api.send("DELETE", path, supervisor, null, "If-Match", removed.header("ETag")), 404,
                "not-found");
    }

    @Test
    void aNightShiftIsKeptOnlyByATechnicianOfTheCommunity() {
        LocalDate date = LocalDate.of(2027, 3, 2);
        String elsewhere = "tech-" + UUID.randomUUID();
        registerTechnician(elsewhere, newCommunity());
        for (String staffId : new String[] {agentId, elsewhere, "nobody-" + UUID.randomUUID()}) {
            assertProblem(api.send("POST", "/api/duty/shifts", supervisor, "{\"communityId\":\"" + communityId
                    + "\",\"date\":\"" + date + "\",\"kind\":\"NIGHT\",\"staffId\":\"" + staffId
                    + "\",\"staffName\":\"值班员\"}"), 422, "duty-staff-not-eligible");
        }
        assertThat(api.send("GET", "/api/duty/shifts?communityId=" + communityId + "&from=" + date + "&to=" + date,
                agent, null).json().path("days").get(0).path("etag").asString()).as("nothing planned").isEqualTo("\"0\"");
        assign(date, "NIGHT", technicianId);
        assign(date, "DAY", agentId);
    }

    @Test
    void aRepeatedAssignmentWithItsIdempotencyKeyGetsTheFirstAnswer() {
        String body = "{\"communityId\":\"" + communityId + "\",\"date\":\"" + LAST_SUMMER_DAY
                + "\",\"kind\":\"DAY\",\"staffId\":\"" + agentId + "\",\"assignedBy\":\"someone-else\"}";
        String key = UUID.randomUUID().toString();
        TestHttp.Answer first = api.send("POST", "/api/duty/shifts", supervisor, body, "Idempotency-Key", key);
        TestHttp.Answer repeat = api.send("POST", "/api/duty/shifts", supervisor, body, "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(first.body()).doesNotContain("someone-else");
    }

    @Test
    void onlySupervisorsOfTheCommunityPlanAndOnlyItsStaffReadThePlan() {
        String plan = "/api/duty/shifts?communityId=" + communityId + "&from=" + LAST_SUMMER_DAY + "&to="
                + LAST_SUMMER_DAY;
        String body = "{\"communityId\":\"" + communityId + "\",\"date\":\"" + LAST_SUMMER_DAY
                + "\",\"kind\":\"DAY\",\"staffId\":\"" + agentId + "\"}";
        assertProblem(api.send("POST", "/api/duty/shifts", agent, body), 403, "forbidden");
        assertProblem(api.send("POST", "/api/duty/shifts", technician, body), 403, "forbidden");
        String otherSupervisor = staff("sup", "CS_SUPERVISOR", UUID.randomUUID().toString());
        assertProblem(api.send("POST", "/api/duty/shifts", otherSupervisor, body), 404, "not-found");
        assertProblem(api.send("GET", plan, otherSupervisor, null), 404, "not-found");
        String resident = TestTokens.get().resident("r-" + UUID.randomUUID(), communityId, "u1");
        assertProblem(api.send("GET", plan, resident, null), 403, "forbidden");
        assertProblem(api.send("GET", "/api/duty/coverage?communityId=" + communityId + "&from=" + LAST_SUMMER_DAY
                + "&to=" + LAST_SUMMER_DAY, resident, null), 403, "forbidden");
        assertThat(api.send("GET", plan, staff("dir", "DIRECTOR", communityId), null).status()).isEqualTo(200);
        assertThat(api.send("GET", plan, staff("sec", "SECURITY", communityId), null).status()).isEqualTo(200);
    }

    @Test
    void badRangesAndUnknownCommunitiesAreProblems() {
        assertProblem(api.send("GET", "/api/duty/coverage?communityId=" + communityId + "&from=2027-03-10&to=2027-03-09",
                supervisor, null), 400, "validation");
        assertProblem(api.send("GET", "/api/duty/coverage?communityId=" + communityId + "&from=2027-01-01&to=2027-06-30",
                supervisor, null), 400, "validation");
        assertProblem(api.send("GET", "/api/duty/shifts?communityId=" + communityId + "&from=yesterday&to=2027-01-01",
                supervisor, null), 400, "type-mismatch");
        String admin = TestTokens.get().staff("PLATFORM_ADMIN");
        assertProblem(api.send("GET", "/api/duty/shifts?communityId=" + UUID.randomUUID() + "&from=2027-01-01&to=2027-01-01",
                admin, null), 404, "not-found");
        assertProblem(api.send("POST", "/api/duty/shifts", supervisor, "{\"communityId\":\"" + communityId
                + "\",\"date\":\"2027-01-01\",\"kind\":\"EVENING\",\"staffId\":\"x\"}"), 400, "validation");
    }

    @Test
    void whoIsOnDutyIsWhatAutomaticDispatchPrefers() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        LocalDate date = LocalDate.of(2027, 3, 10);
        assign(date, "NIGHT", technicianId);
        assign(date.plusDays(1), "DAY", agentId);
        Instant threeAtNight = ZonedDateTime.of(date.plusDays(1).atTime(3, 0), shanghai).toInstant();
        Instant nineInTheMorning = ZonedDateTime.of(date.plusDays(1).atTime(9, 0), shanghai).toInstant();
        assertThat(onDutyStaff.onDutyAt(communityId, threeAtNight)).containsExactly(technicianId);
        assertThat(onDutyStaff.onDutyAt(communityId, nineInTheMorning)).containsExactly(agentId);
        assertThat(onDutyStaff.onDutyAt(UUID.randomUUID().toString(), nineInTheMorning)).isEmpty();
    }
}
