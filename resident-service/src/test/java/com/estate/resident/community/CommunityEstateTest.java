package com.estate.resident.community;

import static com.estate.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.estate.resident.DeskTest;
import com.estate.testsupport.Scenario;
import com.estate.testsupport.TestHttp.Answer;
import com.estate.testsupport.TestTokens;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A community's address and summer schedule through real HTTP: registered with them, changed with If-Match, and
 * announced to the suite by community.registered / community.updated, valid against their contracts (Scenario
 * checks every event it reads with the ContractValidator).
 */
class CommunityEstateTest extends DeskTest {

    record Schedule(String start, String end) {
    }

    record Registered(String communityId, String name, String timeZone, String address, Schedule summerSchedule,
            long communityRevision) {
    }

    record Updated(String communityId, String address, Schedule summerSchedule, long communityRevision,
            List<String> changedFields) {
    }

    @Test
    void aCommunityIsRegisteredWithAddressAndSummerScheduleAndTheSuiteIsTold() {
        String name = "青枫园 " + UUID.randomUUID();
        AtomicReference<Answer> created = new AtomicReference<>();
        var registered = new Scenario(kafka)
                .stimulate(() -> created.set(api.send("POST", "/api/communities", admin, "{\"name\":\"" + name
                        + "\",\"address\":\"深圳市南山区科苑路 8 号\",\"summerSchedule\":{\"start\":\"05-01\",\"end\":\"09-30\"}}")))
                .andWaitForEvent("resident.events", "com.estate.resident.community.registered.v1", Registered.class)
                .matching(event -> event.name().equals(name))
                .toArrive();
        assertThat(created.get().status()).as(created.get().body()).isEqualTo(201);
        String id = created.get().json().path("id").asString();
        assertThat(created.get().json().path("summerSchedule").path("end").asString()).isEqualTo("09-30");
        assertThat(created.get().header("ETag")).isEqualTo("\"1\"");
        assertThat(registered.data()).isEqualTo(new Registered(id, name, "Asia/Shanghai", "深圳市南山区科苑路 8 号",
                new Schedule("05-01", "09-30"), 1));
        assertThat(registered.record().key()).isEqualTo(id);
        assertThat(registered.envelope().path("communityid").asString()).isEqualTo(id);

        var again = api.send("POST", "/api/communities", admin, "{\"name\":\"" + name + "\"}");
        assertProblem(again, 409, "community-exists");
    }

    @Test
    void aSupervisorChangesTheSummerScheduleWithTheEtagTheyRead() {
        String path = "/api/communities/" + communityId;
        String body = "{\"summerSchedule\":{\"start\":\"05-15\",\"end\":\"09-15\"}}";
        assertProblem(api.send("PATCH", path, supervisor, body), 428, "precondition-required");

        AtomicReference<Answer> changed = new AtomicReference<>();
        var updated = new Scenario(kafka)
                .stimulate(() -> changed.set(api.send("PATCH", path, supervisor, body, "If-Match", "\"1\"")))
                .andWaitForEvent("resident.events", "com.estate.resident.community.updated.v1", Updated.class)
                .matching(event -> event.communityId().equals(communityId))
                .toArrive();
        assertThat(changed.get().status()).as(changed.get().body()).isEqualTo(200);
        assertThat(changed.get().header("ETag")).isEqualTo("\"2\"");
        assertThat(updated.data()).isEqualTo(new Updated(communityId, null, new Schedule("05-15", "09-15"), 2,
                List.of("summerSchedule")));

        Answer stale = api.send("PATCH", path, supervisor, "{\"address\":\"x\"}", "If-Match", "\"1\"");
        assertProblem(stale, 412, "precondition-failed");
        Answer address = api.send("PATCH", path, admin, "{\"address\":\"福田区 1 号\"}", "If-Match", "\"2\"");
        assertThat(address.status()).as(address.body()).isEqualTo(200);
        assertThat(address.json().path("address").asString()).isEqualTo("福田区 1 号");
        assertThat(address.json().path("summerSchedule").path("start").asString()).isEqualTo("05-15");
        Answer read = api.send("GET", path, agent, null);
        assertThat(read.header("ETag")).isEqualTo("\"3\"");
        assertThat(read.json().path("address").asString()).isEqualTo("福田区 1 号");
    }

    @Test
    void anImpossibleScheduleIsExplainedAndChangesNothing() {
        String path = "/api/communities/" + communityId;
        Answer reversed = api.send("PATCH", path, supervisor,
                "{\"summerSchedule\":{\"start\":\"09-30\",\"end\":\"05-01\"}}", "If-Match", "*", "Accept-Language", "en");
        assertProblem(reversed, 422, "invalid-summer-schedule");
        assertThat(reversed.json().path("detail").asString()).contains("09-30 to 05-01");
        assertProblem(api.send("PATCH", path, supervisor, "{\"summerSchedule\":{\"start\":\"02-30\",\"end\":\"09-30\"}}",
                "If-Match", "*"), 422, "invalid-summer-schedule");
        Answer malformed = api.send("PATCH", path, supervisor, "{\"summerSchedule\":{\"start\":\"5-1\",\"end\":\"09-30\"}}",
                "If-Match", "*");
        assertProblem(malformed, 400, "validation");
        assertThat(malformed.json().path("errors").get(0).path("field").asString()).isEqualTo("summerSchedule.start");
        assertProblem(api.send("PATCH", path, supervisor, "{}", "If-Match", "*"), 400, "validation");
        assertProblem(api.send("POST", "/api/communities", admin, "{\"name\":\"x" + UUID.randomUUID()
                + "\",\"summerSchedule\":{\"start\":\"02-29\",\"end\":\"09-30\"}}"), 422, "invalid-summer-schedule");
        assertThat(api.send("GET", path, supervisor, null).header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void onlyAdministratorsAndTheCommunitysSupervisorsChangeIt() {
        String path = "/api/communities/" + communityId;
        String body = "{\"address\":\"x\"}";
        assertProblem(api.send("PATCH", path, agent, body, "If-Match", "*"), 403, "forbidden");
        String elsewhere = TestTokens.get().staff("CS_SUPERVISOR", newCommunity());
        assertProblem(api.send("PATCH", path, elsewhere, body, "If-Match", "*"), 404, "not-found");
        assertProblem(api.send("PATCH", "/api/communities/" + UUID.randomUUID(), admin, body, "If-Match", "*"), 404,
                "not-found");
    }
}
