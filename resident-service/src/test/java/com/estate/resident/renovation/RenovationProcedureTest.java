package com.estate.resident.renovation;

import static com.estate.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.estate.contracts.ContractValidator;
import com.estate.platform.consumer.DerivedIds;
import com.estate.resident.DeskTest;
import com.estate.testsupport.KafkaTestClient;
import com.estate.testsupport.SampleFiles;
import com.estate.testsupport.TestHttp.Answer;
import com.estate.testsupport.TestTokens;
import com.estate.testsupport.TestUploads;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The renovation procedure through real HTTP with real tokens and the real broker: application, review, permit
 * (its preconditions, the gapless number, the waste fee for billing, the notice to maintenance and security, the
 * unit under renovation), worker passes at the gate, work log, inspections, completion and acceptance. Every event
 * published is checked against its contract.
 */
class RenovationProcedureTest extends DeskTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ContractValidator CONTRACTS = new ContractValidator();

    private String unitId;
    private String owner;
    private String guard;
    private TestUploads uploads;

    @BeforeEach
    void household() {
        unitId = newUnit(communityId, "9", "9-" + UUID.randomUUID().toString().substring(0, 6));
        owner = TestTokens.get().resident("resident-" + UUID.randomUUID(), communityId, unitId);
        guard = TestTokens.get().token().subject("guard-" + UUID.randomUUID()).roles("SECURITY")
                .communities(communityId).build();
        uploads = new TestUploads(port);
    }

    private static LocalDate start() {
        return LocalDate.now(SHANGHAI);
    }

    private String application(boolean structural, boolean proxy) {
        return """
                {"unitId":"%s","applicant":{"name":"王先生","proxy":%s},
                 "works":[{"description":"厨卫翻新","changesStructure":false,"addsLoad":false},
                          {"description":"拆除客厅隔墙","changesStructure":%s,"addsLoad":false}],
                 "startDate":"%s","endDate":"%s","contractor":{"name":"安居装饰","manager":"李工"},
                 "workers":["张三","李四"],"rulesAcknowledged":true}"""
                .formatted(unitId, proxy, structural, start(), start().plusDays(30));
    }

    private Answer applied(String token, String body) {
        Answer created = api.send("POST", "/api/renovations", token, body, "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created;
    }

    private Answer approved(Answer application) {
        Answer reviewed = api.send("POST", path(application) + "/review", supervisor, "{\"decision\":\"APPROVE\"}",
                "If-Match", application.header("ETag"));
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        return reviewed;
    }

    private Answer permit(Answer current) {
        return api.send("POST", path(current) + "/permit", agent, null, "If-Match", current.header("ETag"));
    }

    private Answer attach(Answer current, String purpose) {
        Answer attached = uploads.upload(path(current) + "/attachments?purpose=" + purpose, agent, "scan.pdf",
                "application/pdf", SampleFiles.pdf());
        assertThat(attached.status()).as(attached.body()).isEqualTo(201);
        return attached;
    }

    private static String path(Answer renovation) {
        return "/api/renovations/" + renovation.json().path("id").asString();
    }

    private String unitStatus() {
        return api.send("GET", "/api/units/" + unitId, agent, null).json().path("status").asString();
    }

    /** Runs the action and collects the events of these types it publishes about the subject, each valid. */
    private Map<String, JsonNode> eventsOf(String subject, Supplier<Answer> action, AtomicReference<Answer> answer,
            String... types) {
        Map<String, JsonNode> seen = new HashMap<>();
        try (KafkaTestClient.Tail tail = kafka.tailFromNow("resident.events")) {
            answer.set(action.get());
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (seen.size() < types.length && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : tail.poll()) {
                    JsonNode event = JSON.readTree(record.value());
                    String type = event.path("type").asString();
                    if (event.path("subject").asString().equals(subject) && java.util.List.of(types).contains(type)) {
                        CONTRACTS.assertValid(record.value());
                        assertThat(record.key()).isEqualTo(subject);
                        seen.put(type, event.path("data"));
                    }
                }
            }
        }
        assertThat(seen.keySet()).containsExactlyInAnyOrder(types);
        return seen;
    }

    @Test
    void aRenovationGoesFromApplicationToAcceptance() {
        Answer application = applied(owner, application(true, false));
        String id = application.json().path("id").asString();
        assertThat(application.json().path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(application.json().path("authorityApprovalRequired").asBoolean()).isTrue();
        assertThat(application.json().path("acknowledgedRules").path("workingHours").get(0).path("from").asString())
                .isEqualTo("08:00");
        assertThat(application.json().path("acknowledgedRules").path("prohibitions").size()).isPositive();

        Answer reviewed = approved(application);
        assertThat(reviewed.json().path("status").asString()).isEqualTo("APPROVED");
        // works on the main structure: no permit without the housing authority's approval
        Answer refused = permit(reviewed);
        assertProblem(refused, 409, "renovation-authority-approval-missing");
        assertThat(refused.json().path("detail").asString()).contains("拆除客厅隔墙");
        Answer documented = attach(reviewed, "AUTHORITY_APPROVAL");
        assertThat(documented.json().path("documents").get(0).path("purpose").asString())
                .isEqualTo("AUTHORITY_APPROVAL");
        var download = uploads.download(documented.json().path("documents").get(0).path("href").asString(), owner);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.sha256()).isEqualTo(SampleFiles.sha256(SampleFiles.pdf()));
        assertThat(unitStatus()).isEqualTo("VACANT");

        AtomicReference<Answer> permitted = new AtomicReference<>();
        Map<String, JsonNode> events = eventsOf(id, () -> permit(documented), permitted,
                "com.estate.resident.renovation.permitted.v1", "com.estate.resident.charge.requested.v1");
        assertThat(permitted.get().status()).as(permitted.get().body()).isEqualTo(200);
        JsonNode permit = permitted.get().json().path("permit");
        String number = "ZX-" + LocalDate.now(SHANGHAI).getYear() + "-0001"; // the community's first permit
        assertThat(permit.path("number").asString()).isEqualTo(number);
        assertThat(permit.path("wasteFee").path("amount").asString()).isEqualTo("228.00"); // 76 m² at 3.00
        assertThat(permit.path("unitStatusBefore").asString()).isEqualTo("VACANT");
        assertThat(unitStatus()).isEqualTo("UNDER_RENOVATION");
        JsonNode notice = events.get("com.estate.resident.renovation.permitted.v1");
        assertThat(notice.path("permitNumber").asString()).isEqualTo(number);
        assertThat(notice.path("unitId").asString()).isEqualTo(unitId);
        assertThat(notice.path("authorityApprovalRequired").asBoolean()).isTrue();
        assertThat(notice.path("works").get(1).path("changesStructure").asBoolean()).isTrue();
        JsonNode charge = events.get("com.estate.resident.charge.requested.v1");
        assertThat(charge.path("itemCode").asString()).isEqualTo("RENOVATION_WASTE_REMOVAL");
        assertThat(charge.path("amount").asString()).isEqualTo("228.00");
        assertThat(charge.path("source").path("kind").asString()).isEqualTo("renovation");
        assertThat(charge.path("source").path("id").asString()).isEqualTo(id);
        assertThat(charge.path("chargeId").asString())
                .isEqualTo(DerivedIds.of("charge", "RENOVATION_WASTE_REMOVAL/renovation/" + id));

        // a named worker's pass, checked at the gate every day of the works
        Answer pass = api.send("POST", "/api/renovations/" + id + "/worker-passes", agent,
                "{\"workerName\":\"张三\"}", "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(pass.status()).as(pass.body()).isEqualTo(201);
        assertThat(pass.json().path("kind").asString()).isEqualTo("WORKER");
        assertThat(pass.json().path("validUntil").asString()).isEqualTo(start().plusDays(30).toString());
        String code = pass.json().path("code").asString();
        for (int day = 0; day < 2; day++) {
            Answer checked = api.send("POST", "/api/gate-passes/check", guard, "{\"code\":\"" + code + "\"}");
            assertThat(checked.json().path("result").asString()).as(checked.body()).isEqualTo("ACCEPTED");
            assertThat(checked.json().path("pass").path("holder").asString()).isEqualTo("张三");
        }
        assertProblem(api.send("POST", "/api/renovations/" + id + "/worker-passes", agent,
                "{\"workerName\":\"李四\",\"validFrom\":\"" + start().minusDays(1) + "\"}"), 422,
                "renovation-pass-dates");

        // the work log flags work outside the hours; inspections record violations
        Answer night = api.send("POST", "/api/renovations/" + id + "/work-log", guard,
                "{\"at\":\"" + start() + "T22:30:00+08:00\",\"note\":\"电钻噪音\"}");
        assertThat(night.status()).as(night.body()).isEqualTo(201);
        assertThat(night.json().path("outsideWorkingHours").asBoolean()).isTrue();
        LocalDate monday = start().with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
        Answer morning = api.send("POST", "/api/renovations/" + id + "/work-log", owner,
                "{\"at\":\"" + monday + "T10:00:00+08:00\",\"note\":\"铺砖\"}");
        assertThat(morning.json().path("outsideWorkingHours").asBoolean()).isFalse();
        Answer inspection = api.send("POST", "/api/renovations/" + id + "/inspections",
                TestTokens.get().staff("TECHNICIAN", communityId),
                "{\"findings\":\"隔墙拆除按批准方案进行\",\"violations\":[\"楼道堆放装修垃圾\"]}");
        assertThat(inspection.status()).as(inspection.body()).isEqualTo(201);
        Answer current = api.send("GET", "/api/renovations/" + id, owner, null);
        assertThat(current.json().path("workLog").size()).isEqualTo(2);
        assertThat(current.json().path("inspections").get(0).path("violations").get(0).asString())
                .isEqualTo("楼道堆放装修垃圾");
        assertThat(current.json().path("workerPasses").get(0).path("workerName").asString()).isEqualTo("张三");

        AtomicReference<Answer> completed = new AtomicReference<>();
        JsonNode done = eventsOf(id, () -> api.send("POST", "/api/renovations/" + id + "/complete", owner, null,
                "If-Match", current.header("ETag")), completed, "com.estate.resident.renovation.completed.v1")
                .get("com.estate.resident.renovation.completed.v1");
        assertThat(completed.get().status()).as(completed.get().body()).isEqualTo(200);
        assertThat(done.path("permitNumber").asString()).isEqualTo(number);
        // the works are over: the workers' passes with them
        assertThat(api.send("POST", "/api/gate-passes/check", guard, "{\"code\":\"" + code + "\"}").json()
                .path("reason").asString()).isEqualTo("REVOKED");

        AtomicReference<Answer> accepted = new AtomicReference<>();
        eventsOf(id, () -> api.send("POST", "/api/renovations/" + id + "/accept", supervisor,
                "{\"remarks\":\"验收合格\"}", "If-Match", completed.get().header("ETag")), accepted,
                "com.estate.resident.renovation.accepted.v1");
        assertThat(accepted.get().status()).as(accepted.get().body()).isEqualTo(200);
        assertThat(accepted.get().json().path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(unitStatus()).as("back to what it was before the permit").isEqualTo("VACANT");
    }

    @Test
    void permitNumbersAreGaplessInTheCommunityAndARefusedPermitDrawsNone() {
        String year = Integer.toString(LocalDate.now(SHANGHAI).getYear());
        Answer first = approved(applied(agent, application(false, false)));
        assertProblem(api.send("POST", path(first) + "/permit", agent, null, "If-Match", "\"99\""), 412,
                "precondition-failed");
        Answer proxy = approved(applied(agent, application(false, true)));
        assertProblem(permit(proxy), 409, "renovation-power-of-attorney-missing");
        Answer permitted = permit(first);
        assertThat(permitted.json().path("permit").path("number").asString()).isEqualTo("ZX-" + year + "-0001");
        // one unit, one renovation at a time
        assertProblem(permit(proxy), 409, "renovation-power-of-attorney-missing");
        Answer documented = attach(proxy, "POWER_OF_ATTORNEY");
        assertProblem(permit(documented), 409, "renovation-unit-busy");

        unitId = newUnit(communityId, "9", "9-second-" + UUID.randomUUID().toString().substring(0, 4));
        Answer second = approved(applied(agent, application(false, false)));
        assertThat(permit(second).json().path("permit").path("number").asString()).isEqualTo("ZX-" + year + "-0002");
        String elsewhere = newCommunity();
        String otherUnit = newUnit(elsewhere, "1", "1-101");
        String otherAgent = TestTokens.get().staff("CS_AGENT", elsewhere);
        Answer other = api.send("POST", "/api/renovations", otherAgent,
                application(false, false).replace(unitId, otherUnit));
        Answer otherReviewed = api.send("POST", path(other) + "/review",
                TestTokens.get().staff("CS_SUPERVISOR", elsewhere), "{\"decision\":\"APPROVE\"}", "If-Match", "*");
        Answer otherPermit = api.send("POST", path(other) + "/permit", otherAgent, null, "If-Match",
                otherReviewed.header("ETag"));
        assertThat(otherPermit.json().path("permit").path("number").asString()).isEqualTo("ZX-" + year + "-0001");
    }

    @Test
    void aRejectedPlanSaysWhy() {
        Answer application = applied(owner, application(false, false));
        assertProblem(api.send("POST", path(application) + "/review", supervisor, "{\"decision\":\"REJECT\"}",
                "If-Match", application.header("ETag")), 422, "renovation-rejection-reasons");
        Answer rejected = api.send("POST", path(application) + "/review", supervisor,
                "{\"decision\":\"REJECT\",\"reasons\":[\"缺少水电图纸\"]}", "If-Match", application.header("ETag"));
        assertThat(rejected.json().path("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.json().path("review").path("reasons").get(0).asString()).isEqualTo("缺少水电图纸");
        assertProblem(permit(rejected), 409, "renovation-state");
        assertProblem(api.send("POST", path(application) + "/review", supervisor, "{\"decision\":\"MAYBE\"}",
                "If-Match", "*"), 400, "validation");
    }

    @Test
    void anApplicationNeedsTheRulesAcknowledgedAndSetsNothingTheServiceOwns() {
        Answer unacknowledged = api.send("POST", "/api/renovations", owner,
                application(false, false).replace("\"rulesAcknowledged\":true", "\"rulesAcknowledged\":false"));
        assertProblem(unacknowledged, 400, "validation");
        assertThat(unacknowledged.json().path("errors").get(0).path("field").asString())
                .isEqualTo("rulesAcknowledged");
        assertProblem(api.send("POST", "/api/renovations", owner, application(false, false)
                .replace("\"endDate\":\"" + start().plusDays(30), "\"endDate\":\"" + start().minusDays(1))), 422,
                "renovation-dates");
        Answer forged = applied(owner, application(false, false).replace("{\"unitId\"",
                "{\"id\":\"mine\",\"status\":\"PERMITTED\",\"communityId\":\"elsewhere\",\"createdBy\":\"x\",\"unitId\""));
        assertThat(forged.json().path("id").asString()).isNotEqualTo("mine");
        assertThat(forged.json().path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(forged.json().path("communityId").asString()).isEqualTo(communityId);
        assertThat(forged.json().path("createdBy").asString()).isNotEqualTo("x");
    }

    @Test
    void onlyTheHouseholdAndTheCommunitysStaffSeeItAndEachStepHasItsRole() {
        Answer application = applied(owner, application(false, false));
        String path = path(application);
        String otherUnit = newUnit(communityId, "9", "9-n-" + UUID.randomUUID().toString().substring(0, 4));
        String neighbour = TestTokens.get().resident("resident-" + UUID.randomUUID(), communityId, otherUnit);
        String elsewhere = TestTokens.get().staff("CS_SUPERVISOR", "another-community");

        assertProblem(api.send("GET", path, neighbour, null), 404, "not-found");
        assertProblem(api.send("GET", path, elsewhere, null), 404, "not-found");
        assertProblem(api.send("POST", "/api/renovations", neighbour, application(false, false)), 404, "not-found");
        assertProblem(api.send("POST", path + "/review", elsewhere, "{\"decision\":\"APPROVE\"}", "If-Match", "*"),
                404, "not-found");
        assertProblem(api.send("POST", path + "/review", agent, "{\"decision\":\"APPROVE\"}", "If-Match", "*"), 403,
                "forbidden");
        assertProblem(api.send("POST", "/api/renovations", guard, application(false, false)), 403, "forbidden");
        Answer reviewed = approved(application);
        assertProblem(api.send("POST", path + "/permit", owner, null, "If-Match", "*"), 403, "forbidden");
        assertProblem(api.send("POST", path + "/permit", guard, null, "If-Match", "*"), 403, "forbidden");
        assertProblem(api.send("POST", path + "/review", supervisor, "{\"decision\":\"APPROVE\"}"), 428,
                "precondition-required");
        assertProblem(uploads.upload(path + "/attachments?purpose=PLAN", neighbour, "plan.pdf", "application/pdf",
                SampleFiles.pdf()), 404, "not-found");
        assertProblem(uploads.upload(path + "/attachments?purpose=PLAN", agent, "plan.exe", "application/pdf",
                SampleFiles.windowsExecutable()), 415, "unsupported-attachment-type");
        Answer permitted = permit(reviewed);
        assertProblem(api.send("POST", path + "/inspections", owner, "{\"findings\":\"x\"}"), 403, "forbidden");
        assertProblem(api.send("POST", path + "/work-log", neighbour, "{\"note\":\"x\"}"), 404, "not-found");
        assertProblem(api.send("POST", path + "/worker-passes", guard, "{\"workerName\":\"x\"}"), 403, "forbidden");
        assertProblem(api.send("POST", path + "/accept", agent, null, "If-Match", permitted.header("ETag")), 409,
                "renovation-state");
        Answer list = api.send("GET", "/api/renovations?communityId=" + communityId + "&status=PERMITTED", neighbour,
                null);
        assertThat(list.json().path("total").asLong()).isZero();
        assertThat(api.send("GET", "/api/renovations?communityId=" + communityId, owner, null).json().path("total")
                .asLong()).isEqualTo(1);
    }
}
