package com.estate.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.estate.billing.unit.UnitFacts;
import com.estate.billing.unit.UnitFactsStore;
import com.estate.contracts.ContractEvents;
import com.estate.contracts.ContractValidator;
import com.estate.testsupport.KafkaTestClient;
import com.estate.testsupport.Scenario;
import com.estate.testsupport.SharedInfrastructure;
import com.estate.testsupport.TestHttp;
import com.estate.testsupport.TestTokens;
import com.estate.testsupport.WithSharedInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What billing's integration tests start from: the application on a random port (one cached context for all of
 * them, the same as the service checks'), real tokens, a new community per test, and resident-service played with
 * schema-valid events.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithSharedInfrastructure
public abstract class BillingTest {

    protected static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    protected int port;

    @Autowired
    protected MongoTemplate mongo;

    @Autowired
    protected UnitFactsStore unitFacts;

    protected final KafkaTestClient kafka = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrapServers());
    protected final ContractEvents events = new ContractEvents();
    protected final ContractValidator contracts = new ContractValidator();
    protected final Scenario scenario = new Scenario(kafka);
    protected final String admin = TestTokens.get().staff("PLATFORM_ADMIN");
    protected TestHttp api;
    protected String communityId;
    protected String finance;

    @BeforeEach
    void newCommunity() {
        api = new TestHttp(port);
        communityId = "c-" + UUID.randomUUID();
        finance = TestTokens.get().staff("FINANCE", communityId);
    }

    /** resident-service publishes an event about a unit (keyed by {@code key}). */
    protected void residentEvent(String type, String key, Map<String, Object> data) {
        kafka.send("resident.events", key, events.of(UUID.randomUUID().toString(), type, "/resident-service", key,
                communityId, data));
    }

    /** A unit registered in the test's community; waits until billing knows its area. */
    protected String registerUnit(String area, String use) {
        String unitId = "unit-" + UUID.randomUUID();
        Map<String, Object> data = new LinkedHashMap<>(Map.of("unitId", unitId, "communityId", communityId,
                "building", "1", "unitNumber", unitId.substring(5, 13), "floorArea", area,
                "registeredAt", Instant.now().toString(), "use", use, "status", "VACANT"));
        residentEvent("com.estate.resident.unit.registered.v1", unitId, data);
        awaitFacts(unitId, facts -> facts.floorArea() != null);
        return unitId;
    }

    /** The move-in completed at that instant (billing's days are in Asia/Shanghai). */
    protected void moveIn(String unitId, Instant completedAt) {
        String caseId = "case-" + UUID.randomUUID();
        residentEvent("com.estate.resident.movein.completed.v1", caseId, Map.of("caseId", caseId, "unitId", unitId,
                "communityId", communityId, "ownerResidentId", "r-" + unitId,
                "archive", List.of(Map.of("kind", "ID_COPY", "attachmentId", "att-1")),
                "completedAt", completedAt.toString()));
        awaitFacts(unitId, facts -> facts.moveInDate() != null);
    }

    protected UnitFacts awaitFacts(String unitId, Predicate<UnitFacts> condition) {
        return await("billing's facts of " + unitId).atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> unitFacts.find(unitId).orElse(null), facts -> facts != null && condition.test(facts));
    }

    /** Finance adds a fee item to the test's community's schedule. */
    protected JsonNode feeItem(String json) {
        TestHttp.Answer created = api.send("POST", "/api/billing/fee-items", finance,
                json.replace("$community", communityId), "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    /** The property management fee for residential units from 2026-01-01: 2.50 yuan per m² per month. */
    protected JsonNode propertyFee(String price) {
        return feeItem("""
                {"communityId":"$community","code":"property-management-fee","name":"物业管理费","kind":"PER_AREA",
                 "unitUse":"RESIDENTIAL","unitPrice":"%s","effectiveFrom":"2026-01-01"}""".formatted(price));
    }

    /** Starts a bill run and waits until it has completed; answers the run. */
    protected JsonNode billRun(String from, String period) {
        TestHttp.Answer started = api.send("POST", "/api/billing/bill-runs", finance,
                "{\"communityId\":\"%s\",\"from\":\"%s\",\"period\":\"%s\"}".formatted(communityId, from, period),
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String id = started.json().path("id").asString();
        return await("bill run " + id).atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> {
            TestHttp.Answer run = api.send("GET", "/api/billing/bill-runs/" + id, finance, null);
            assertThat(run.status()).as(run.body()).isEqualTo(200);
            return run.json();
        }, run -> !run.path("status").asString().equals("RUNNING"));
    }

    protected static String accountOf(String unitId) {
        return "fa-" + unitId;
    }
}
