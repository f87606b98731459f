package com.estate.gateway.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import com.estate.contracts.ContractValidator;
import com.estate.gateway.GatewayIntegrationTest;
import com.estate.testsupport.KafkaTestClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * What becomes of resident-service's events when things go wrong: the database away for longer than any bounded
 * retry (a real outage: the connection to MongoDB is cut, then restored), and events that arrive out of the
 * resident's order (a redelivery, a replay from the dead-letter topic). A move-out must always end the log-in.
 */
class ResidentEventDeliveryTest extends GatewayIntegrationTest {

    private static final String TOPIC = "resident.events";
    private static final String REGISTERED = "com.estate.resident.resident.registered.v1";
    private static final String MOVED_OUT = "com.estate.resident.resident.moved-out.v1";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ContractValidator CONTRACTS = new ContractValidator();
    private static final KafkaTestClient KAFKA = new KafkaTestClient();
    private static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");

    @Autowired
    private ReactiveMongoTemplate mongo;

    @Autowired
    private ResidentAccounts accounts;

    @AfterEach
    void databaseBack() {
        MONGO.restore(); // a failed test must not leave the database away for the others
    }

    @AfterAll
    static void closeKafka() {
        KAFKA.close();
    }

    @Test
    void aMoveOutWaitsOutADatabaseOutageAndThenEndsTheLogIn() {
        String residentId = "res-" + UUID.randomUUID();
        String phone = newPhone();
        publish(registered(residentId, List.of("u-1"), phone, 1L, T0));
        awaitConsumed();
        assertThat(canLogIn(phone)).isTrue();

        MONGO.cut();
        publish(movedOut(residentId, List.of("u-1"), 2L, T0.plusSeconds(60)));
        // Two retries a second apart (what the gateway did before) would have dead-lettered it within 8 s.
        await("nothing dead-lettered while the database is away").during(Duration.ofSeconds(12))
                .atMost(Duration.ofSeconds(25)).pollInterval(Duration.ofSeconds(1))
                .until(() -> deadLettered(residentId).isEmpty());
        MONGO.restore();

        await("the move-out applied once the database is back").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200)).until(() -> !canLogIn(phone));
        awaitConsumed();
        ResidentAccount account = account(residentId);
        assertThat(account.enabled()).isFalse();
        assertThat(account.lastVersion()).isEqualTo(2L);
        assertThat(deadLettered(residentId)).isEmpty();
    }

    @Test
    void anOlderRegistrationAfterTheMoveOutChangesNothingAndAVersionBeatsTheClock() {
        String residentId = "res-" + UUID.randomUUID();
        String phone = newPhone();
        publish(registered(residentId, List.of("u-1"), phone, 1L, T0));
        publish(movedOut(residentId, List.of("u-1"), 3L, T0.plusSeconds(120)));
        // Version 2, replayed from the dead-letter topic after the move-out; its clock even says later.
        publish(registered(residentId, List.of("u-1"), phone, 2L, T0.plusSeconds(600)));
        awaitConsumed();

        ResidentAccount account = account(residentId);
        assertThat(account.enabled()).isFalse();
        assertThat(account.unitIds()).isEmpty();
        assertThat(account.lastVersion()).isEqualTo(3L);
        assertThat(canLogIn(phone)).isFalse();

        // Moving in again later is a newer event, and gives the log-in back.
        publish(registered(residentId, List.of("u-2"), phone, 4L, T0.plusSeconds(900)));
        awaitConsumed();
        assertThat(account(residentId).unitIds()).containsExactly("u-2");
        assertThat(canLogIn(phone)).isTrue();
    }

    @Test
    void withoutVersionsTheEventTimeOrdersTheHistoryEvenBeforeTheFirstRegistrationArrives() {
        String residentId = "res-" + UUID.randomUUID();
        String phone = newPhone();
        publish(registered(residentId, List.of("u-1"), phone, null, T0));
        publish(movedOut(residentId, List.of("u-1"), null, T0.plusSeconds(120)));
        publish(registered(residentId, List.of("u-1"), phone, null, T0.plusSeconds(60))); // older, came late

        // The move-out of a resident the gateway has not heard of yet is kept, so the older registration that
        // comes after it cannot open a log-in either.
        String lateId = "res-" + UUID.randomUUID();
        String latePhone = newPhone();
        publish(movedOut(lateId, List.of("u-7"), null, T0.plusSeconds(120)));
        publish(registered(lateId, List.of("u-7"), latePhone, null, T0));
        awaitConsumed();

        assertThat(account(residentId).enabled()).isFalse();
        assertThat(canLogIn(phone)).isFalse();
        ResidentAccount late = account(lateId);
        assertThat(late.enabled()).isFalse();
        assertThat(late.lastEventTime()).isEqualTo(T0.plusSeconds(120));
        assertThat(canLogIn(latePhone)).isFalse();
    }

    // --- helpers ---

    /** What the OTP request asks: is there an enabled resident with this phone? */
    private boolean canLogIn(String phone) {
        return accounts.findEnabledByPhoneHash(phoneHash("+86" + phone)).blockOptional(Duration.ofSeconds(10))
                .isPresent();
    }

    private List<ConsumerRecord<String, String>> deadLettered(String residentId) {
        return KAFKA.readAll(TOPIC + ".DLT", Duration.ofSeconds(5)).stream()
                .filter(record -> residentId.equals(record.key())).toList();
    }

    private ResidentAccount account(String residentId) {
        ResidentAccount account = mongo.findById(residentId, ResidentAccount.class).block(Duration.ofSeconds(10));
        assertThat(account).isNotNull();
        return account;
    }

    private static String registered(String residentId, List<String> units, String phone, Long version,
            Instant time) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("residentId", residentId);
        data.put("communityId", "c-7");
        data.put("unitIds", units);
        data.put("relation", "OWNER");
        data.put("phoneHash", phoneHash("+86" + phone));
        data.put("registeredAt", time.toString());
        if (version != null) {
            data.put("residentVersion", version);
        }
        return event(REGISTERED, residentId, time, data);
    }

    private static String movedOut(String residentId, List<String> units, Long version, Instant time) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("residentId", residentId);
        data.put("communityId", "c-7");
        data.put("unitIds", units);
        data.put("movedOutAt", time.toString());
        if (version != null) {
            data.put("residentVersion", version);
        }
        return event(MOVED_OUT, residentId, time, data);
    }

    private static String event(String type, String residentId, Instant time, Map<String, Object> data) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", UUID.randomUUID().toString());
        event.put("source", "/resident-service");
        event.put("type", type);
        event.put("subject", residentId);
        event.put("time", time.toString());
        event.put("datacontenttype", "application/json");
        event.put("dataschema", ContractValidator.dataschemaOf(type));
        event.put("communityid", "c-7");
        event.put("data", data);
        return JSON.writeValueAsString(event);
    }

    /** Checked against the contract first: the gateway is tested on exactly what resident-service may send. */
    private static void publish(String json) {
        CONTRACTS.assertValid(json);
        String subject = JSON.readTree(json).path("subject").asString();
        KAFKA.send(TOPIC, subject, json, Map.of("content-type", "application/cloudevents+json"));
    }

    private static void awaitConsumed() {
        KAFKA.awaitConsumed("gateway", TOPIC, Duration.ofSeconds(60));
    }

    /** 137…: a prefix no other test class uses, so these residents never share a phone with theirs. */
    private static String newPhone() {
        return String.format("137%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static String phoneHash(String e164) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(PHONE_HASH_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(e164.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
