package com.estate.resident.unit;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.testsupport.KafkaTestClient;
import com.estate.testsupport.Scenario;
import com.estate.testsupport.SharedInfrastructure;
import com.estate.testsupport.TestHttp;
import com.estate.testsupport.TestTokens;
import com.estate.testsupport.WithSharedInfrastructure;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Communities and units through real HTTP with real tokens; the event that leaves honours its contract. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithSharedInfrastructure
class UnitRegistrationTest {

    @LocalServerPort
    int port;

    final KafkaTestClient kafka = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrapServers());
    final String admin = TestTokens.get().staff("PLATFORM_ADMIN");
    TestHttp api;
    String communityId;
    String agent;

    @BeforeEach
    void createCommunity() {
        api = new TestHttp(port);
        var created = api.send("POST", "/api/communities", admin,
                "{\"name\":\"翠苑 " + System.nanoTime() + "\",\"timeZone\":\"Asia/Shanghai\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        communityId = created.json().path("id").asString();
        agent = TestTokens.get().staff("CS_AGENT", communityId);
    }

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
