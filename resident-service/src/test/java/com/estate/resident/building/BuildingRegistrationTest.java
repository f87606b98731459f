package com.estate.resident.building;

import static com.estate.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.estate.resident.DeskTest;
import com.estate.testsupport.Scenario;
import com.estate.testsupport.TestHttp.Answer;
import com.estate.testsupport.TestTokens;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Buildings through real HTTP, and units placed in them: entrance and floor must be the building's. */
class BuildingRegistrationTest extends DeskTest {

    /** The fields of unit.registered this test reads. */
    record Registered(String unitId, String building, String entrance, Integer floor, String use, String handoverDate,
            String status) {
    }

    private Answer registerBuilding(String token, String body) {
        return api.send("POST", "/api/communities/" + communityId + "/buildings", token, body);
    }

    @Test
    void aSupervisorRegistersABuildingThatIsThenFoundByIdAndInTheList() {
        Answer created = registerBuilding(supervisor,
                "{\"name\":\"３号楼\",\"entranceCount\":2,\"floorsAboveGround\":18,\"floorsBelowGround\":1}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/buildings/" + id);
        assertThat(created.json().path("name").asString()).isEqualTo("3号楼");
        assertThat(created.json().path("entrances").toString()).isEqualTo("[\"1\",\"2\"]");

        Answer read = api.send("GET", "/api/buildings/" + id, agent, null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("floorsAboveGround").asInt()).isEqualTo(18);
        assertThat(read.json().path("floorsBelowGround").asInt()).isEqualTo(1);
        Answer list = api.send("GET", "/api/communities/" + communityId + "/buildings", agent, null);
        assertThat(list.json().path("total").asLong()).isEqualTo(1);
        assertThat(list.json().path("items").get(0).path("id").asString()).isEqualTo(id);

        // the same name, typed half-width this time, is the same building
        assertProblem(registerBuilding(admin, "{\"name\":\"3号楼\",\"floorsAboveGround\":6}"), 409, "building-exists");
        // another community may have its own 3号楼
        String other = newCommunity();
        assertThat(api.send("POST", "/api/communities/" + other + "/buildings", admin,
                "{\"name\":\"3号楼\",\"floorsAboveGround\":6}").status()).isEqualTo(201);
    }

    @Test
    void badBuildingsAreExplainedFieldByField() {
        Answer both = registerBuilding(supervisor,
                "{\"name\":\"1\",\"entranceCount\":2,\"entranceNames\":[\"东\"],\"floorsAboveGround\":6}");
        assertProblem(both, 400, "validation");
        assertThat(both.json().path("errors").get(0).path("field").asString()).isEqualTo("entrancesGivenOnce");
        Answer twice = registerBuilding(supervisor, "{\"name\":\"1\",\"entranceNames\":[\"东\",\"东\"],\"floorsAboveGround\":6}");
        assertProblem(twice, 400, "validation");
        Answer noFloors = registerBuilding(supervisor, "{\"name\":\"1\",\"floorsAboveGround\":0,\"floorsBelowGround\":-1}");
        assertProblem(noFloors, 400, "validation");
        assertThat(noFloors.body()).contains("floorsAboveGround", "floorsBelowGround");
        assertProblem(registerBuilding(supervisor, "{\"floorsAboveGround\":6}"), 400, "validation");
    }

    @Test
    void onlyAdministratorsAndTheCommunitysSupervisorsRegisterBuildingsAndStrangersSeeNone() {
        String body = "{\"name\":\"5\",\"floorsAboveGround\":6}";
        assertProblem(registerBuilding(agent, body), 403, "forbidden");
        String elsewhere = TestTokens.get().staff("CS_SUPERVISOR", "another-community");
        assertProblem(registerBuilding(elsewhere, body), 404, "not-found");
        String id = registerBuilding(supervisor, body).json().path("id").asString();
        assertProblem(api.send("GET", "/api/buildings/" + id, elsewhere, null), 404, "not-found");
        assertProblem(api.send("GET", "/api/buildings/" + UUID.randomUUID(), admin, null), 404, "not-found");
    }

    @Test
    void aUnitInARegisteredBuildingIsOnOneOfItsEntrancesAndFloorsAndCarriesItsDetails() {
        assertThat(registerBuilding(supervisor, "{\"name\":\"8\",\"entranceNames\":[\"东\",\"西\"],"
                + "\"floorsAboveGround\":12,\"floorsBelowGround\":2}").status()).isEqualTo(201);
        String units = "/api/communities/" + communityId + "/units";
        Answer noEntrance = api.send("POST", units, agent, "{\"building\":\"8\",\"unitNumber\":\"8-101\","
                + "\"floorArea\":\"80.00\",\"entrance\":\"南\",\"floor\":1}", "Accept-Language", "en");
        assertProblem(noEntrance, 422, "unit-entrance-unknown");
        assertThat(noEntrance.json().path("detail").asString()).contains("Building 8", "南");
        assertProblem(api.send("POST", units, agent, "{\"building\":\"8\",\"unitNumber\":\"8-101\","
                + "\"floorArea\":\"80.00\",\"entrance\":\"东\",\"floor\":13}"), 422, "unit-floor-out-of-range");
        assertProblem(api.send("POST", units, agent, "{\"building\":\"8\",\"unitNumber\":\"8-101\","
                + "\"floorArea\":\"80.00\",\"floor\":-3}"), 422, "unit-floor-out-of-range");
        assertProblem(api.send("POST", units, agent, "{\"building\":\"8\",\"unitNumber\":\"8-101\","
                + "\"floorArea\":\"80.00\",\"status\":\"OCCUPIED\"}"), 409, "unit-status-managed");
        Answer unknownUse = api.send("POST", units, agent, "{\"building\":\"8\",\"unitNumber\":\"8-101\","
                + "\"floorArea\":\"80.00\",\"use\":\"VILLA\"}");
        assertProblem(unknownUse, 400, "validation");
        assertThat(unknownUse.json().path("errors").get(0).path("field").asString()).isEqualTo("use");

        AtomicReference<Answer> created = new AtomicReference<>();
        var registered = new Scenario(kafka)
                .stimulate(() -> created.set(api.send("POST", units, agent, "{\"building\":\"8\",\"unitNumber\":\"B2-07\","
                        + "\"floorArea\":\"13.50\",\"entrance\":\"西\",\"floor\":-2,\"use\":\"PARKING\","
                        + "\"handoverDate\":\"2024-05-01\",\"status\":\"UNSOLD\"}")))
                .andWaitForEvent("resident.events", "com.estate.resident.unit.registered.v1", Registered.class)
                .matching(event -> event.unitId().equals(created.get().json().path("id").asString()))
                .toArrive();
        assertThat(created.get().status()).as(created.get().body()).isEqualTo(201);
        assertThat(registered.data()).isEqualTo(new Registered(created.get().json().path("id").asString(), "8", "西",
                -2, "PARKING", "2024-05-01", "UNSOLD"));
        Answer read = api.send("GET", "/api/units/" + created.get().json().path("id").asString(), agent, null);
        assertThat(read.json().path("handoverDate").asString()).isEqualTo("2024-05-01");
        assertThat(read.json().path("floor").asInt()).isEqualTo(-2);
        assertThat(read.json().path("status").asString()).isEqualTo("UNSOLD");
    }
}
