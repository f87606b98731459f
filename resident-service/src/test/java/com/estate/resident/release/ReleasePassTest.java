package com.estate.resident.release;

import static com.estate.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.estate.resident.DeskTest;
import com.estate.testsupport.TestHttp.Answer;
import com.estate.testsupport.TestTokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Item release through real HTTP with real tokens: a resident applies for their unit, the desk approves (a
 * single-use gate pass for the day) or refuses, security checks the pass at the gate once, every check is logged.
 */
class ReleasePassTest extends DeskTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private String unitId;
    private String owner;
    private String guard;

    @BeforeEach
    void household() {
        unitId = newUnit(communityId, "7", "7-" + UUID.randomUUID().toString().substring(0, 6));
        owner = TestTokens.get().resident("resident-" + UUID.randomUUID(), communityId, unitId);
        guard = guard("guard-a");
    }

    private String guard(String subject) {
        return TestTokens.get().token().subject(subject).roles("SECURITY").communities(communityId).build();
    }

    private static String today() {
        return LocalDate.now(SHANGHAI).toString();
    }

    private Answer apply(String token, String body, String... headers) {
        return api.send("POST", "/api/release-passes", token, body, headers);
    }

    private String residentApplication(String date) {
        return """
                {"unitId":"%s","applicantName":"王先生","items":[{"name":"旧沙发","quantity":1},{"name":"纸箱","quantity":12}],
                 "carrierName":"李师傅","vehiclePlate":"粤B·12345","date":"%s"}""".formatted(unitId, date);
    }

    private Answer applied(String date) {
        Answer created = apply(owner, residentApplication(date), "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created;
    }

    private Answer approved(Answer application) {
        Answer approved = api.send("POST", "/api/release-passes/" + id(application) + "/approve", agent, null,
                "If-Match", application.header("ETag"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return approved;
    }

    private Answer check(String token, String code) {
        Answer answer = api.send("POST", "/api/release-passes/check", token, "{\"code\":\"" + code + "\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer;
    }

    private static String id(Answer answer) {
        return answer.json().path("id").asString();
    }

    @Test
    void aResidentsGoodsAreLetOutOnceWithTheApprovedPass() {
        Answer application = applied(today());
        assertThat(application.json().path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(application.json().path("applicantKind").asString()).isEqualTo("RESIDENT");
        assertThat(application.json().path("communityId").asString()).isEqualTo(communityId);
        assertThat(application.json().path("gatePass").isNull()).isTrue();

        assertProblem(api.send("POST", "/api/release-passes/" + id(application) + "/approve", agent, null), 428,
                "precondition-required");
        Answer approved = approved(application);
        JsonNode pass = approved.json().path("gatePass");
        assertThat(approved.json().path("status").asString()).isEqualTo("APPROVED");
        assertThat(pass.path("kind").asString()).isEqualTo("ITEM");
        assertThat(pass.path("status").asString()).isEqualTo("VALID");
        assertThat(pass.path("validFrom").asString()).isEqualTo(today());
        assertThat(pass.path("validUntil").asString()).isEqualTo(today());
        assertThat(pass.path("timeZone").asString()).isEqualTo("Asia/Shanghai");
        String code = pass.path("code").asString();
        assertThat(code).matches("[A-Za-z0-9_-]{32}");
        assertThat(pass.path("qrPayload").asString()).isEqualTo("ESTATE-PASS:1:" + code);
        // the resident sees their pass to show at the gate
        Answer seen = api.send("GET", "/api/release-passes/" + id(application), owner, null);
        assertThat(seen.json().path("gatePass").path("code").asString()).isEqualTo(code);

        Answer first = check(guard, pass.path("qrPayload").asString());
        assertThat(first.json().path("result").asString()).isEqualTo("ACCEPTED");
        assertThat(first.json().path("release").path("items").get(1).path("quantity").asInt()).isEqualTo(12);
        assertThat(first.json().path("release").path("vehiclePlate").asString()).isEqualTo("粤B·12345");
        assertThat(first.json().path("pass").has("code")).isFalse();
        Answer second = check(guard("guard-b"), code);
        assertThat(second.json().path("result").asString()).isEqualTo("REFUSED");
        assertThat(second.json().path("reason").asString()).isEqualTo("USED");
        assertThat(api.send("GET", "/api/gate-passes/" + pass.path("id").asString(), owner, null).json()
                .path("status").asString()).isEqualTo("USED");

        Answer log = api.send("GET", "/api/gate-passes/checks?communityId=" + communityId + "&passId="
                + pass.path("id").asString(), supervisor, null);
        assertThat(log.status()).as(log.body()).isEqualTo(200);
        assertThat(log.json().path("total").asLong()).isEqualTo(2);
        JsonNode newest = log.json().path("items").get(0);
        assertThat(newest.path("checkedBy").asString()).isEqualTo("guard-b");
        assertThat(newest.path("result").asString()).isEqualTo("REFUSED");
        assertThat(newest.path("reason").asString()).isEqualTo("USED");
        assertThat(log.json().path("items").get(1).path("result").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void twoGuardsScanningAtOnceLetTheGoodsOutOnce() throws Exception {
        String code = approved(applied(today())).json().path("gatePass").path("code").asString();
        int guards = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(guards)) {
            for (int i = 0; i < guards; i++) {
                String token = guard("guard-" + i);
                Callable<String> scan = () -> {
                    start.await();
                    return api.send("POST", "/api/gate-passes/check", token, "{\"code\":\"" + code + "\"}").json()
                            .path("result").asString();
                };
                results.add(pool.submit(scan));
            }
            start.countDown();
            List<String> answers = new ArrayList<>();
            for (Future<String> result : results) {
                answers.add(result.get());
            }
            assertThat(answers).containsOnlyOnce("ACCEPTED");
            assertThat(answers).filteredOn("REFUSED"::equals).hasSize(guards - 1);
        }
        assertThat(api.send("GET", "/api/gate-passes/checks?communityId=" + communityId, guard, null).json()
                .path("total").asLong()).isEqualTo(guards);
    }

    @Test
    void aRetriedScanWithItsKeyGetsTheFirstAnswer() {
        String code = approved(applied(today())).json().path("gatePass").path("code").asString();
        String key = UUID.randomUUID().toString();
        String body = "{\"code\":\"" + code + "\"}";
        Answer first = api.send("POST", "/api/release-passes/check", guard, body, "Idempotency-Key", key);
        Answer retried = api.send("POST", "/api/release-passes/check", guard, body, "Idempotency-Key", key);
        assertThat(first.json().path("result").asString()).isEqualTo("ACCEPTED");
        assertThat(retried.json().path("result").asString()).isEqualTo("ACCEPTED");
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void revokedUnknownAndNotYetValidPassesAreRefusedWithTheReason() {
        JsonNode pass = approved(applied(today())).json().path("gatePass");
        String passId = pass.path("id").asString();
        Answer read = api.send("GET", "/api/gate-passes/" + passId, agent, null);
        assertProblem(api.send("POST", "/api/gate-passes/" + passId + "/revoke", agent, "{\"reason\":\"遗失\"}"),
                428, "precondition-required");
        Answer revoked = api.send("POST", "/api/gate-passes/" + passId + "/revoke", agent, "{\"reason\":\"遗失\"}",
                "If-Match", read.header("ETag"));
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(revoked.json().path("status").asString()).isEqualTo("REVOKED");
        assertThat(check(guard, pass.path("code").asString()).json().path("reason").asString()).isEqualTo("REVOKED");
        assertProblem(api.send("POST", "/api/gate-passes/" + passId + "/revoke", agent, "{\"reason\":\"again\"}",
                "If-Match", "*"), 409, "gate-pass-revoked");

        String tomorrow = LocalDate.now(SHANGHAI).plusDays(1).toString();
        String later = approved(applied(tomorrow)).json().path("gatePass").path("code").asString();
        assertThat(check(guard, later).json().path("reason").asString()).isEqualTo("NOT_YET_VALID");

        Answer unknown = check(guard, "A".repeat(32));
        assertThat(unknown.json().path("result").asString()).isEqualTo("REFUSED");
        assertThat(unknown.json().path("reason").asString()).isEqualTo("UNKNOWN");
        assertThat(unknown.json().path("pass").isNull()).isTrue();
        assertThat(check(guard, "not a code at all").json().path("reason").asString()).isEqualTo("UNKNOWN");
        // a guard of another community does not get to know the pass
        String elsewhere = newCommunity();
        String otherGuard = TestTokens.get().token().subject("guard-x").roles("SECURITY").communities(elsewhere)
                .build();
        assertThat(check(otherGuard, later).json().path("reason").asString()).isEqualTo("UNKNOWN");
    }

    @Test
    void aRefusalSaysWhyAndADecisionIsMadeOnce() {
        Answer application = applied(today());
        Answer refused = api.send("POST", "/api/release-passes/" + id(application) + "/refuse", agent,
                "{\"reason\":\"未经业主同意\"}", "If-Match", application.header("ETag"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(200);
        assertThat(refused.json().path("status").asString()).isEqualTo("REFUSED");
        assertThat(refused.json().path("refusalReason").asString()).isEqualTo("未经业主同意");
        assertThat(refused.json().path("gatePass").isNull()).isTrue();
        assertProblem(api.send("POST", "/api/release-passes/" + id(application) + "/approve", agent, null,
                "If-Match", application.header("ETag")), 412, "precondition-failed");
        assertProblem(api.send("POST", "/api/release-passes/" + id(application) + "/approve", agent, null,
                "If-Match", refused.header("ETag")), 409, "release-decided");
    }

    @Test
    void theDeskAppliesForAShopAndResidentsDoNotSeeIt() {
        Answer shop = apply(agent, """
                {"communityId":"%s","applicantKind":"SHOP","applicantName":"便利店","items":[{"name":"货架","quantity":3}],
                 "carrierName":"赵师傅","date":"%s","status":"APPROVED","id":"mine"}""".formatted(communityId, today()));
        assertThat(shop.status()).as(shop.body()).isEqualTo(201);
        assertThat(shop.json().path("status").asString()).as("status is not the client's").isEqualTo("SUBMITTED");
        assertThat(id(shop)).isNotEqualTo("mine");
        assertThat(shop.json().path("unitId").isNull()).isTrue();
        assertProblem(api.send("GET", "/api/release-passes/" + id(shop), owner, null), 404, "not-found");
        applied(today());
        Answer listed = api.send("GET", "/api/release-passes?communityId=" + communityId, owner, null);
        assertThat(listed.json().path("total").asLong()).isEqualTo(1);
        assertThat(api.send("GET", "/api/release-passes?communityId=" + communityId + "&status=SUBMITTED", agent, null)
                .json().path("total").asLong()).isEqualTo(2);
    }

    @Test
    void badApplicationsAreExplained() {
        assertProblem(apply(owner, "{\"unitId\":\"" + unitId + "\",\"applicantName\":\"王\",\"items\":[],"
                + "\"carrierName\":\"李\",\"date\":\"" + today() + "\"}"), 400, "validation");
        assertProblem(apply(owner, residentApplication("2020-01-01")), 422, "release-date-past");
        assertProblem(apply(owner, residentApplication("tomorrow")), 400, "validation");
        assertProblem(apply(owner, residentApplication(today()).replace("\"unitId\":\"" + unitId + "\",", "")), 400,
                "validation");
        assertProblem(apply(agent, residentApplication(today()).replace("\"unitId\":\"" + unitId + "\",",
                "\"communityId\":\"" + communityId + "\",")), 400, "validation");
    }

    @Test
    void onlyTheHouseholdTheCommunitysStaffAndItsSecuritySeeOrDecide() {
        Answer application = applied(today());
        String path = "/api/release-passes/" + id(application);
        String otherUnit = newUnit(communityId, "7", "7-other-" + UUID.randomUUID().toString().substring(0, 4));
        String neighbour = TestTokens.get().resident("resident-" + UUID.randomUUID(), communityId, otherUnit);
        String elsewhere = TestTokens.get().staff("CS_AGENT", "another-community");

        assertProblem(api.send("GET", path, neighbour, null), 404, "not-found");
        assertProblem(api.send("GET", path, elsewhere, null), 404, "not-found");
        assertProblem(apply(neighbour, residentApplication(today())), 404, "not-found");
        assertProblem(api.send("POST", path + "/approve", elsewhere, null, "If-Match", "*"), 404, "not-found");
        assertProblem(api.send("POST", path + "/approve", owner, null, "If-Match", "*"), 403, "forbidden");
        assertProblem(api.send("POST", path + "/approve", guard, null, "If-Match", "*"), 403, "forbidden");
        assertProblem(api.send("POST", "/api/release-passes/check", agent, "{\"code\":\"x\"}"), 403, "forbidden");
        assertProblem(api.send("POST", "/api/release-passes/check", owner, "{\"code\":\"x\"}"), 403, "forbidden");
        assertProblem(api.send("GET", "/api/gate-passes/checks?communityId=" + communityId, owner, null), 403,
                "forbidden");
        assertProblem(api.send("GET", "/api/gate-passes/checks?communityId=" + communityId,
                TestTokens.get().staff("SECURITY", "another-community"), null), 404, "not-found");
        assertThat(api.send("GET", path, guard, null).status()).isEqualTo(200);

        String passId = approved(application).json().path("gatePass").path("id").asString();
        assertProblem(api.send("GET", "/api/gate-passes/" + passId, neighbour, null), 404, "not-found");
        assertProblem(api.send("POST", "/api/gate-passes/" + passId + "/revoke", owner, "{\"reason\":\"x\"}",
                "If-Match", "*"), 403, "forbidden");
        // a guard of several communities names the gate's
        String twoCommunities = TestTokens.get().token().subject("guard-2").roles("SECURITY")
                .communities(communityId, "another-community").build();
        assertProblem(api.send("POST", "/api/gate-passes/check", twoCommunities, "{\"code\":\"x\"}"), 400,
                "validation");
    }
}
