package com.estate.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.estate.contracts.ContractEvents;
import com.estate.testsupport.KafkaTestClient;
import com.estate.testsupport.MovableClock;
import com.estate.testsupport.SharedInfrastructure;
import com.estate.testsupport.TestHttp;
import com.estate.testsupport.TestTokens;
import com.estate.testsupport.WithSharedInfrastructure;
import com.estate.workorder.estate.Estate;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * What the service's integration tests start from: the application on a random port (one cached context for all of
 * them, with a movable clock and the tests' own duty roster), real tokens, and per test a new community and a unit
 * that resident-service "announced" through real events on {@code resident.events}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithSharedInfrastructure
@Import({MovableClock.AsApplicationClock.class, TestRoster.AsRoster.class})
public abstract class WorkOrderTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected MovableClock clock;

    @Autowired
    protected Estate estate;

    @Autowired
    protected TestRoster roster;

    protected final KafkaTestClient kafka = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrapServers());
    protected final ContractEvents contractEvents = new ContractEvents();
    protected TestHttp api;
    protected String communityId;
    protected String unitId;
    protected String agent;
    protected String supervisor;

    @BeforeEach
    void newCommunityAndUnit() {
        api = new TestHttp(port);
        communityId = "c-" + UUID.randomUUID();
        announceCommunity(communityId, "Asia/Shanghai");
        unitId = announceUnit(communityId, LocalDate.now().minusYears(1));
        agent = TestTokens.get().staff("CS_AGENT", communityId);
        supervisor = TestTokens.get().staff("CS_SUPERVISOR", communityId);
    }

    @AfterEach
    void resetClock() {
        clock.setOffset(Duration.ZERO);
    }

    /** resident-service registers a community (a real event), and the service has learnt it. */
    protected void announceCommunity(String community, String zone) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("communityId", community);
        data.put("name", "翠苑 " + community);
        data.put("timeZone", zone);
        data.put("communityRevision", 1);
        data.put("registeredAt", "2026-01-05T08:00:00Z");
        send("com.estate.resident.community.registered.v1", community, community, data);
        await().atMost(Duration.ofSeconds(30)).until(() -> estate.community(community).isPresent());
    }

    /** resident-service registers a unit with its handover date (a real event), and the service has learnt it. */
    protected String announceUnit(String community, LocalDate handover) {
        String unit = "u-" + UUID.randomUUID();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("unitId", unit);
        data.put("communityId", community);
        data.put("building", "3");
        data.put("unitNumber", "3-1201");
        data.put("floorArea", "89.50");
        data.put("registeredAt", "2026-01-05T08:00:00Z");
        if (handover != null) {
            data.put("handoverDate", handover.toString());
        }
        send("com.estate.resident.unit.registered.v1", unit, community, data);
        await().atMost(Duration.ofSeconds(30)).until(() -> estate.unit(unit).isPresent());
        return unit;
    }

    /** A schema-valid CloudEvent of resident-service on {@code resident.events}; answers its id. */
    protected String send(String type, String subject, String community, Object data) {
        String id = UUID.randomUUID().toString();
        String event = contractEvents.of(id, type, "/resident-service", subject, community, data);
        kafka.send("resident.events", subject, event);
        return id;
    }

    protected String resident(String residentId) {
        return TestTokens.get().resident(residentId, communityId, unitId);
    }

    protected String technician(String staffId) {
        return TestTokens.get().token().subject(staffId).roles("TECHNICIAN").communities(communityId).build();
    }

    /** A technician profile kept by the community's supervisor; answers the technician's token. */
    protected String newTechnician(String staffId, String... skills) {
        String body = "{\"name\":\"师傅 " + staffId + "\",\"skills\":[" + String.join(",",
                java.util.Arrays.stream(skills).map(s -> "\"" + s + "\"").toList()) + "],\"communities\":[\""
                + communityId + "\"]}";
        expect(200, api.send("PUT", "/api/work-orders/technicians/" + staffId, supervisor, body, "If-Match", "\"0\""));
        return technician(staffId);
    }

    /** An order reported at the desk for the test's unit. */
    protected String newOrder(String category, String description) {
        return expect(201, api.send("POST", "/api/work-orders", agent, "{\"communityId\":\"" + communityId
                + "\",\"unitId\":\"" + unitId + "\",\"category\":\"" + category + "\",\"description\":\""
                + description + "\"}", "Idempotency-Key", key())).json().path("id").asString();
    }

    /** The action on the order as it is now (its current ETag in If-Match). */
    protected TestHttp.Answer act(String orderId, String action, String token, String body) {
        String etag = expect(200, api.send("GET", "/api/work-orders/" + orderId, agent, null)).header("ETag");
        return api.send("POST", "/api/work-orders/" + orderId + "/" + action, token, body, "If-Match", etag);
    }

    protected static String key() {
        return UUID.randomUUID().toString();
    }

    protected TestHttp.Answer expect(int status, TestHttp.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        return answer;
    }
}
