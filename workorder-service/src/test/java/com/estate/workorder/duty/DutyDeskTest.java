package com.estate.workorder.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.estate.contracts.ContractEvents;
import com.estate.testsupport.KafkaTestClient;
import com.estate.testsupport.MovableClock;
import com.estate.testsupport.SharedInfrastructure;
import com.estate.testsupport.TestHttp;
import com.estate.testsupport.TestTokens;
import com.estate.testsupport.WithSharedInfrastructure;
import com.estate.workorder.TestRoster;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * What the duty tests start from: the application on a random port (the context of WorkOrderTest, cached once),
 * real tokens, and a new
 * community per test, announced as resident-service announces it (summer hours 05-01 to 09-30), with its
 * supervisor, an agent and a technician (with the technician profile night shifts need) who have accounts of their
 * own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithSharedInfrastructure
@Import({MovableClock.AsApplicationClock.class, TestRoster.AsRoster.class}) // WorkOrderTest's context, shared
public abstract class DutyDeskTest {

    protected static final String SUMMER_START = "05-01";
    protected static final String SUMMER_END = "09-30";

    @LocalServerPort
    protected int port;

    protected final KafkaTestClient kafka = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrapServers());
    protected final ContractEvents events = new ContractEvents();
    protected TestHttp api;
    protected String communityId;
    protected String supervisor;
    protected String agentId;
    protected String agent;
    protected String technicianId;
    protected String technician;

    @BeforeEach
    void announceCommunity() {
        api = new TestHttp(port);
        communityId = newCommunity();
        supervisor = staff("sup", "CS_SUPERVISOR", communityId);
        agentId = "agent-" + UUID.randomUUID();
        agent = TestTokens.get().token().subject(agentId).roles("CS_AGENT").communities(communityId).build();
        technicianId = "tech-" + UUID.randomUUID();
        technician = TestTokens.get().token().subject(technicianId).roles("TECHNICIAN").communities(communityId)
                .build();
        registerTechnician(technicianId, communityId);
    }

    /** The supervisor keeps the technician's profile, which a night shift's member must have in the community. */
    protected void registerTechnician(String staffId, String community) {
        TestHttp.Answer saved = api.send("PUT", "/api/work-orders/technicians/" + staffId,
                staff("sup", "CS_SUPERVISOR", community), "{\"name\":\"值班师傅\",\"skills\":[\"plumbing\"],"
                        + "\"communities\":[\"" + community + "\"]}", "If-Match", "\"0\"");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    /** A staff token with a subject of its own. */
    protected static String staff(String prefix, String role, String... communities) {
        return TestTokens.get().token().subject(prefix + "-" + UUID.randomUUID()).roles(role)
                .communities(communities).build();
    }

    /** A community announced by resident-service's community.registered, once workorder-service knows it. */
    protected String newCommunity() {
        String id = UUID.randomUUID().toString();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("communityId", id);
        data.put("name", "翠苑 " + id);
        data.put("timeZone", "Asia/Shanghai");
        data.put("summerSchedule", Map.of("start", SUMMER_START, "end", SUMMER_END));
        data.put("communityRevision", 1);
        data.put("registeredAt", Instant.now().toString());
        kafka.send("resident.events", id, events.of(UUID.randomUUID().toString(),
                "com.estate.resident.community.registered.v1", "/resident-service", id, id, data));
        String admin = TestTokens.get().staff("PLATFORM_ADMIN");
        LocalDate today = LocalDate.now();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.send("GET",
                "/api/duty/shifts?communityId=" + id + "&from=" + today + "&to=" + today, admin, null).status())
                .isEqualTo(200));
        return id;
    }

    /** Puts a member on a shift as the community's supervisor. */
    protected TestHttp.Answer assign(LocalDate date, String kind, String staffId) {
        TestHttp.Answer answer = api.send("POST", "/api/duty/shifts", supervisor,
                "{\"communityId\":\"" + communityId + "\",\"date\":\"" + date + "\",\"kind\":\"" + kind
                        + "\",\"staffId\":\"" + staffId + "\",\"staffName\":\"值班员\"}",
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer;
    }
}
