package com.estate.resident.unit;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.resident.DeskTest;
import com.estate.testsupport.Scenario;
import com.estate.testsupport.TestHttp;
import com.estate.testsupport.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Communities and units through real HTTP with real tokens; the event that leaves honours its contract. */
class UnitRegistrationTest extends DeskTest {

    /** The fields of unit.registered this test reads. */
    record UnitRegistered(String unitId, String communityId, String building, String unitNumber, String floorArea) {
    }

    @Test
    void anAgentRegistersAUnitAndTheSuiteIsToldOnce() {
        String body = "{\"building\":\"3\",\"unitNumber\":\"3-1201\",\"floorArea\":\"89.5\"}";
        AtomicReference<JsonNode> unit = new AtomicReference<>();

        var registered = new Scenario(kafka)
                .stimulate(() -> {
                    var created = api.send("POST", "/api/communities/" + communityId + "/units", agent, body);
                    assertThat(created.status()).as(created.body()).isEqualTo(201);
                    unit.set(created.json());
                })
                .andWaitForEvent("resident.events", "com.estate.resident.unit.registered.v1", UnitRegistered.class)
                .matching(event -> event.unitId().equals(unit.get().path("id").asString()))
                .toArrive();

        String unitId = unit.get().path("id").asString();
        assertThat(unit.get().path("floorArea").asString()).isEqualTo("89.50");
        assertThat(unit.get().path("communityId").asString()).isEqualTo(communityId);
        assertThat(registered.data()).isEqualTo(new UnitRegistered(unitId, communityId, "3", "3-1201", "89.50"));
        assertThat(registered.envelope().path("communityid").asString()).isEqualTo(communityId);
        assertThat(registered.record().key()).isEqualTo(unitId);

        var read = api.send("GET", "/api/units/" + unitId, agent, null);
        assertThat(read.status()).isEqualTo(200);
        var list = api.send("GET", "/api/communities/" + communityId + "/units", agent, null);
        assertThat(list.json().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void theSameUnitTwiceIsAConflict() {
        String body = "{\"building\":\"1\",\"unitNumber\":\"1-101\",\"floorArea\":\"60.00\"}";
        assertThat(api.send("POST", "/api/communities/" + communityId + "/units", agent, body).status()).isEqualTo(201);
        var again = api.send("POST", "/api/communities/" + communityId + "/units", agent, body);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("code").asString()).isEqualTo("unit-exists");
    }

    /** A Chinese input method types full-width digits and dashes: they name the same unit as the half-width ones. */
    @Test
    void aFullWidthDuplicateIsTheSameUnit() {
        String units = "/api/communities/" + communityId + "/units";
        var first = api.send("POST", units, agent, "{\"building\":\"7\",\"unitNumber\":\"7-701\",\"floorArea\":\"60.00\"}");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        var fullWidth = api.send("POST", units, agent,
                "{\"building\":\"\u3000７\",\"unitNumber\":\"７－７０１\",\"floorArea\":\"61.00\"}");
        assertThat(fullWidth.status()).as(fullWidth.body()).isEqualTo(409);
        assertThat(fullWidth.contentType()).startsWith("application/problem+json");
        assertThat(fullWidth.json().path("code").asString()).isEqualTo("unit-exists");

        var onlyIdeographicSpaces = api.send("POST", units, agent,
                "{\"building\":\"\u3000\u3000\",\"unitNumber\":\"1\",\"floorArea\":\"61.00\"}");
        assertThat(onlyIdeographicSpaces.status()).as(onlyIdeographicSpaces.body()).isEqualTo(400);
        assertThat(onlyIdeographicSpaces.json().path("errors").get(0).path("field").asString()).isEqualTo("building");
    }

    @Test
    void unitsSortByAllowedFieldsOnly() {
        String units = "/api/communities/" + communityId + "/units";
        for (String[] unit : new String[][] {{"1", "1-101", "90.00"}, {"1", "1-102", "55.50"}, {"2", "2-101", "70.25"}}) {
            var created = api.send("POST", units, agent, "{\"building\":\"" + unit[0] + "\",\"unitNumber\":\""
                    + unit[1] + "\",\"floorArea\":\"" + unit[2] + "\"}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
        assertThat(numbers(api.send("GET", units, agent, null))).containsExactly("1-101", "1-102", "2-101");
        assertThat(numbers(api.send("GET", units + "?sort=-floorArea", agent, null)))
                .containsExactly("1-101", "2-101", "1-102");
        assertThat(numbers(api.send("GET", units + "?sort=-building,unitNumber", agent, null)))
                .containsExactly("2-101", "1-101", "1-102");

        var refused = api.send("GET", units + "?sort=communityId", agent, null, "Accept-Language", "en");
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("sort");
        assertThat(refused.json().path("errors").get(0).path("message").asString())
                .contains("building, floorArea, unitNumber");
    }

    private static List<String> numbers(TestHttp.Answer list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<String> numbers = new ArrayList<>();
        list.json().path("items").forEach(item -> numbers.add(item.path("unitNumber").asString()));
        return numbers;
    }

    @Test
    void aMalformedCommunityIdIsNotFound() {
        var answer = api.send("GET", "/api/communities/not-a-uuid/units", agent, null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(404);
        assertThat(answer.json().path("code").asString()).isEqualTo("not-found");
        var register = api.send("POST", "/api/communities/%E2%91%A0/units", agent,
                "{\"building\":\"1\",\"unitNumber\":\"1\",\"floorArea\":\"1.00\"}");
        assertThat(register.status()).as(register.body()).isEqualTo(404);
    }

    @Test
    void otherCommunitiesAndResidentsCannotRegisterOrSeeUnits() {
        String body = "{\"building\":\"2\",\"unitNumber\":\"2-202\",\"floorArea\":\"70.00\"}";
        String stranger = TestTokens.get().staff("CS_AGENT", "another-community");
        assertThat(api.send("POST", "/api/communities/" + communityId + "/units", stranger, body).status())
                .isEqualTo(404);
        String resident = TestTokens.get().resident("r-1", communityId, "u-1");
        assertThat(api.send("POST", "/api/communities/" + communityId + "/units", resident, body).status())
                .isEqualTo(403);

        String unitId = api.send("POST", "/api/communities/" + communityId + "/units", agent, body).json()
                .path("id").asString();
        assertThat(api.send("GET", "/api/units/" + unitId, stranger, null).status()).isEqualTo(404);
        assertThat(api.send("GET", "/api/units/" + unitId, resident, null).status()).isEqualTo(404);
        assertThat(api.send("GET", "/api/units/" + unitId,
                TestTokens.get().resident("r-2", communityId, unitId), null).status()).isEqualTo(200);
        assertThat(api.send("GET", "/api/communities/" + communityId, stranger, null).status()).isEqualTo(404);
    }

    @Test
    void badInputIsExplainedFieldByField() {
        var answer = api.send("POST", "/api/communities/" + communityId + "/units", agent,
                "{\"building\":\"\",\"unitNumber\":\"1\",\"floorArea\":\"0.001\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("building", "floorArea");
        var notNumber = api.send("POST", "/api/communities/" + communityId + "/units", agent,
                "{\"building\":\"1\",\"unitNumber\":\"1\",\"floorArea\":\"big\"}");
        assertThat(notNumber.status()).isEqualTo(400);
        assertThat(notNumber.json().path("errors").get(0).path("field").asString()).isEqualTo("floorArea");
        var zone = api.send("POST", "/api/communities", admin, "{\"name\":\"x" + System.nanoTime()
                + "\",\"timeZone\":\"Mars/Olympus\"}");
        assertThat(zone.status()).isEqualTo(422);
        assertThat(zone.json().path("code").asString()).isEqualTo("invalid-time-zone");
    }
}
