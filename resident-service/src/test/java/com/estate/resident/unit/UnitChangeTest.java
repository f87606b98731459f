package com.estate.resident.unit;

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
 * Correcting a unit's floor area through real HTTP with real tokens: the change needs the ETag the desk read
 * (If-Match), and registering with an Idempotency-Key registers once however often the request is repeated.
 */
class UnitChangeTest extends DeskTest {

    private Answer register(String unitNumber, String... headers) {
        Answer created = api.send("POST", "/api/communities/" + communityId + "/units", agent,
                "{\"building\":\"5\",\"unitNumber\":\"" + unitNumber + "\",\"floorArea\":\"88.00\"}", headers);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created;
    }

    private Answer changeFloorArea(String unitId, String token, String floorArea, String... headers) {
        return api.send("PATCH", "/api/units/" + unitId, token, "{\"floorArea\":\"" + floorArea + "\"}", headers);
    }

    @Test
    void aSupervisorCorrectsTheFloorAreaWithTheEtagTheyRead() {
        String unitId = register("5-501").json().path("id").asString();
        Answer read = api.send("GET", "/api/units/" + unitId, supervisor, null);
        String etag = read.header("ETag");
        assertThat(etag).isEqualTo("\"1\"");

        assertProblem(changeFloorArea(unitId, supervisor, "91.20"), 428, "precondition-required");

        AtomicReference<Answer> changed = new AtomicReference<>();
        var updated = new Scenario(kafka)
                .stimulate(() -> changed.set(changeFloorArea(unitId, supervisor, "91.2", "If-Match", etag)))
                .andWaitForEvent("resident.events", "com.estate.resident.unit.updated.v1", Updated.class)
                .matching(event -> event.unitId().equals(unitId))
                .toArrive();
        assertThat(changed.get().status()).as(changed.get().body()).isEqualTo(200);
        assertThat(changed.get().json().path("floorArea").asString()).isEqualTo("91.20");
        assertThat(changed.get().header("ETag")).isEqualTo("\"2\"");
        // billing and the others learn the corrected area, ordered by the unit's revision
        assertThat(updated.data()).isEqualTo(new Updated(unitId, communityId, "91.20", 2, List.of("floorArea")));
        assertThat(updated.record().key()).isEqualTo(unitId);

        // a second desk that read the unit before the correction does not overwrite it
        Answer stale = changeFloorArea(unitId, supervisor, "70.00", "If-Match", etag);
        assertProblem(stale, 412, "precondition-failed");
        assertThat(stale.json().path("currentEtag").asString()).isEqualTo("\"2\"");
        Answer now = api.send("GET", "/api/units/" + unitId, supervisor, null);
        assertThat(now.json().path("floorArea").asString()).isEqualTo("91.20");
        assertThat(now.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void theEtagOfANewUnitStaysValidAfterItsEventIsPublished() {
        AtomicReference<Answer> created = new AtomicReference<>();
        new Scenario(kafka)
                .stimulate(() -> created.set(register("5-502")))
                .andWaitForEvent("resident.events", "com.estate.resident.unit.registered.v1", Registered.class)
                .matching(event -> event.unitId().equals(created.get().json().path("id").asString()))
                .toArrive();
        String unitId = created.get().json().path("id").asString();

        Answer changed = changeFloorArea(unitId, supervisor, "90.00", "If-Match", created.get().header("ETag"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    /** The fields of unit.updated this test reads. */
    record Updated(String unitId, String communityId, String floorArea, long unitRevision,
            List<String> changedFields) {
    }

    /** The field of unit.registered this test reads. */
    record Registered(String unitId) {
    }

    @Test
    void anInvalidFloorAreaIsExplainedAndChangesNothing() {
        String unitId = register("5-503").json().path("id").asString();
        for (String invalid : new String[] {"0", "-1.00", "12.345", "100000.01"}) {
            Answer answer = changeFloorArea(unitId, supervisor, invalid, "If-Match", "\"1\"");
            assertProblem(answer, 400, "validation");
            assertThat(answer.json().path("errors").get(0).path("field").asString()).isEqualTo("floorArea");
        }
        assertProblem(api.send("PATCH", "/api/units/" + unitId, supervisor, "{}", "If-Match", "\"1\""), 400,
                "validation");
        assertThat(api.send("GET", "/api/units/" + unitId, supervisor, null).header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void onlySupervisorsOfTheUnitsCommunityMayCorrectIt() {
        String unitId = register("5-504").json().path("id").asString();
        assertProblem(changeFloorArea(unitId, agent, "90.00", "If-Match", "*"), 403, "forbidden");
        String elsewhere = TestTokens.get().staff("CS_SUPERVISOR", "another-community");
        assertProblem(changeFloorArea(unitId, elsewhere, "90.00", "If-Match", "*"), 404, "not-found");
        assertProblem(changeFloorArea("no-such-unit", supervisor, "90.00", "If-Match", "*"), 404, "not-found");
    }

    @Test
    void aRepeatedRegistrationWithItsKeyRegistersOnce() {
        String key = UUID.randomUUID().toString();
        Answer first = register("5-505", "Idempotency-Key", key);
        Answer repeat = register("5-505", "Idempotency-Key", key);
        assertThat(repeat.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(repeat.header("Location")).isEqualTo(first.header("Location"));
        assertThat(repeat.json().path("id").asString()).isEqualTo(first.json().path("id").asString());

        // without the key the same registration is a duplicate unit
        Answer again = api.send("POST", "/api/communities/" + communityId + "/units", agent,
                "{\"building\":\"5\",\"unitNumber\":\"5-505\",\"floorArea\":\"88.00\"}");
        assertProblem(again, 409, "unit-exists");
        assertThat(api.send("GET", "/api/communities/" + communityId + "/units", agent, null).json().path("total")
                .asLong()).isEqualTo(1);
    }

    @Test
    void aCommunityAnswersItsEtag() {
        Answer read = api.send("GET", "/api/communities/" + communityId, agent, null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"1\""); // its first write
    }
}
