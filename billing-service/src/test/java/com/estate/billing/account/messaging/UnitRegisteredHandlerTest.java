package com.estate.billing.account.messaging;

import static com.estate.testsupport.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;

import com.estate.billing.account.persistence.FeeAccountDocument;
import com.estate.contracts.ContractValidator;
import com.estate.testsupport.KafkaTestClient;
import com.estate.testsupport.Scenario;
import com.estate.testsupport.SharedInfrastructure;
import com.estate.testsupport.TestHttp;
import com.estate.testsupport.TestTokens;
import com.estate.testsupport.WithSharedInfrastructure;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/** billing-service reacting to resident-service's events: once each, and never stuck on a bad one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithSharedInfrastructure
class UnitRegisteredHandlerTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    final KafkaTestClient kafka = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrapServers());
    final ContractValidator contracts = new ContractValidator();
    final Scenario scenario = new Scenario(kafka);

    static String unitRegistered(String eventId, String unitId, String communityId) {
        return """
            {"specversion":"1.0","id":"%s","source":"/resident-service","type":"com.estate.resident.unit.registered.v1",
             "subject":"%s","time":"2026-11-26T08:00:00Z","datacontenttype":"application/json",
             "dataschema":"urn:estate:schemas:com.estate.resident.unit.registered.v1","communityid":"%s",
             "data":{"unitId":"%s","communityId":"%s","building":"1","unitNumber":"1-101","floorArea":"89.50",
                     "registeredAt":"2026-11-26T08:00:00Z"}}
            """.formatted(eventId, unitId, communityId, unitId, communityId);
    }

    private JsonNode awaitAccount(String unitId, String token) {
        TestHttp http = new TestHttp(port);
        return await("a fee account for unit " + unitId).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    var answer = http.send("GET", "/api/billing/accounts?unitId=" + unitId, token, null);
                    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
                    return answer.json();
                }, page -> page.path("total").asLong() > 0)
                .path("items").get(0);
    }

    @Test
    void opensAZeroBalanceAccountAndSaysSoInAValidEvent() {
        String unitId = "unit-" + UUID.randomUUID();
        String event = unitRegistered(UUID.randomUUID().toString(), unitId, "c-b1");
        contracts.assertValid(event);

        // checked against its contract by the scenario
        var opened = scenario.stimulate(() -> kafka.send("resident.events", unitId, event))
                .andWaitForEvent("billing.events", AccountOpenedV1.TYPE.type(), AccountOpenedV1.class)
                .matching(account -> account.unitId().equals(unitId))
                .toArrive();
        assertThat(opened.data().communityId()).isEqualTo("c-b1");
        assertThat(opened.data().currency()).isEqualTo("CNY");
        assertThat(opened.subject()).isEqualTo("fa-" + unitId);

        JsonNode account = awaitAccount(unitId, TestTokens.get().staff("FINANCE", "c-b1"));
        assertThat(account.path("balance").asString()).isEqualTo("0.00");
        assertThat(account.path("currency").asString()).isEqualTo("CNY");
        assertThat(account.path("communityId").asString()).isEqualTo("c-b1");
    }

    /** The fields of {@code notification.requested} this test reads. */
    record NotificationRequested(String communityId, Recipient recipient, String templateKey,
            Map<String, String> params, String urgency) {

        record Recipient(String kind, String id) {
        }
    }

    @Test
    void asksActivityToTellTheHouseholdThatItsAccountIsOpen() {
        String unitId = "unit-" + UUID.randomUUID();
        String event = unitRegistered(UUID.randomUUID().toString(), unitId, "c-b5");

        // checked against its contract by the scenario
        var requested = scenario.stimulate(() -> kafka.send("resident.events", unitId, event))
                .andWaitForEvent("notification.requests", "com.estate.platform.notification.requested.v1",
                        NotificationRequested.class)
                .matching(request -> unitId.equals(request.recipient().id()))
                .toArrive();

        assertThat(requested.data().recipient().kind()).isEqualTo("HOUSEHOLD");
        assertThat(requested.data().communityId()).isEqualTo("c-b5");
        assertThat(requested.data().templateKey()).isEqualTo("billing.account-opened");
        assertThat(requested.data().params()).containsOnly(entry("accountId", "fa-" + unitId),
                entry("unitId", unitId));
        assertThat(requested.data().urgency()).isEqualTo("NORMAL");
        assertThat(requested.subject()).isEqualTo("c-b5/HOUSEHOLD/" + unitId);
        assertThat(requested.record().key()).isEqualTo(requested.subject());
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        String unitId = "unit-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String event = unitRegistered(eventId, unitId, "c-b2");
        // the account, once its account.opened is published (publishing changes the document's version too)
        FeeAccountDocument first = scenario.stimulate(() -> kafka.send("resident.events", unitId, event))
                .andWaitForState(() -> mongo.findById("fa-" + unitId, FeeAccountDocument.class),
                        account -> account != null && account.getOutbox().isEmpty());

        // the broker delivers it again (same id), and resident-service re-sends it after a crash (same id)
        kafka.send("resident.events", unitId, event);
        kafka.send("resident.events", unitId, event);
        kafka.awaitConsumed("billing-service", "resident.events", Duration.ofSeconds(30));

        FeeAccountDocument after = mongo.findById("fa-" + unitId, FeeAccountDocument.class);
        assertThat(after.getVersion()).isEqualTo(first.getVersion());
        assertThat(kafka.readAll("billing.events", Duration.ofSeconds(2)).stream()
                .filter(r -> unitId.equals(KafkaTestClient.data(r).path("unitId").asString(null)))).hasSize(1);
        assertThat(kafka.readAll("notification.requests", Duration.ofSeconds(2)).stream()
                .filter(r -> unitId.equals(KafkaTestClient.data(r).path("recipient").path("id").asString(null))))
                .as("one notification for one account").hasSize(1);
    }

    @Test
    void residentsSeeOnlyTheirOwnUnitsAccount() {
        String unitId = "unit-" + UUID.randomUUID();
        kafka.send("resident.events", unitId, unitRegistered(UUID.randomUUID().toString(), unitId, "c-b3"));
        awaitAccount(unitId, TestTokens.get().resident("r-1", "c-b3", unitId));
        TestHttp http = new TestHttp(port);
        var neighbour = http.send("GET", "/api/billing/accounts?unitId=" + unitId,
                TestTokens.get().resident("r-2", "c-b3", "unit-next-door"), null);
        assertThat(neighbour.json().path("total").asLong()).isZero();
        var otherCommunity = http.send("GET", "/api/billing/accounts?unitId=" + unitId,
                TestTokens.get().staff("FINANCE", "c-elsewhere"), null);
        assertThat(otherCommunity.json().path("items")).isEmpty();
        assertThat(http.send("GET", "/api/billing/accounts?unitId=" + unitId,
                TestTokens.get().staff("TECHNICIAN", "c-b3"), null).status()).isEqualTo(403);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextOneIsProcessed() {
        String poisonKey = "poison-" + UUID.randomUUID();
        kafka.send("resident.events", poisonKey, "{this is not json");
        String brokenKey = "broken-" + UUID.randomUUID();
        kafka.send("resident.events", brokenKey, unitRegistered(UUID.randomUUID().toString(), brokenKey, "c-b4")
                .replace("\"unitId\":\"" + brokenKey + "\",", ""));
        String unitId = "unit-" + UUID.randomUUID();
        kafka.send("resident.events", unitId, unitRegistered(UUID.randomUUID().toString(), unitId, "c-b4"));

        ConsumerRecord<String, String> dead = kafka.await("resident.events.DLT", r -> poisonKey.equals(r.key()),
                Duration.ofSeconds(30));
        assertThat(dead.value()).isEqualTo("{this is not json");
        assertThat(header(dead, "kafka_dlt-exception-fqcn")).contains("DeserializationException");
        assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo("resident.events");

        ConsumerRecord<String, String> invalid = kafka.await("resident.events.DLT", r -> brokenKey.equals(r.key()),
                Duration.ofSeconds(30));
        assertThat(KafkaTestClient.deadLetterReason(invalid)).contains("InvalidEventException", "breaks its contract",
                "unitId");

        awaitAccount(unitId, TestTokens.get().staff("FINANCE", "c-b4"));
        assertThat(mongo.findById("fa-" + brokenKey, FeeAccountDocument.class)).isNull();
    }
}
