package com.estate.gateway.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.estate.contracts.ContractValidator;
import com.estate.contracts.problems.ProblemCatalog;
import com.estate.gateway.GatewayIntegrationTest;
import com.estate.gateway.support.SmsOutbox;
import com.estate.testsupport.TestTokens;
import com.estate.gateway.support.StaffSessions;
import com.estate.testsupport.KafkaTestClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * Resident identity end to end: resident-service's events (schema-valid, published to the real broker) provision
 * and disable log-ins; residents log in with a one-time code read from the file SMS outbox; {@code /api/me}
 * answers from real tokens.
 */
class ResidentLoginTest extends GatewayIntegrationTest {

    private static final String TOPIC = "resident.events";
    private static final String REGISTERED = "com.estate.resident.resident.registered.v1";
    private static final String MOVED_OUT = "com.estate.resident.resident.moved-out.v1";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ContractValidator CONTRACTS = new ContractValidator();
    private static final KafkaTestClient KAFKA = new KafkaTestClient();
    /** Last four digits differ per phone, so the masked numbers in the outbox never collide within a run. */
    private static final AtomicInteger PHONES = new AtomicInteger(ThreadLocalRandom.current().nextInt(10_000));

    @Autowired
    private ReactiveMongoTemplate mongo;

    /** How many codes per phone the test has read (see latestCode). */
    private static final Map<String, Integer> CODES_READ = new ConcurrentHashMap<>();

    @AfterAll
    static void closeKafka() {
        KAFKA.close();
    }

    @Test
    void residentFromRegisteredEventLogsInWithOtpUntilMovedOut() {
        String residentId = "res-" + UUID.randomUUID();
        String phone = newPhone();
        publish(registered(UUID.randomUUID().toString(), residentId, "c-7", List.of("u-1", "u-2"), phone));
        awaitConsumed();

        requestOtp(phone).expectStatus().isAccepted()
                .expectBody().jsonPath("$.expiresIn").isEqualTo(300).jsonPath("$.resendAfter").isEqualTo(60);
        awaitCodes(phone, 1);
        Map<?, ?> session = otpSession(phone, latestCode(phone));
        String accessToken = (String) session.get("accessToken");

        Map<?, ?> claims = JSON.readValue(TestTokens.payloadJson(accessToken), Map.class);
        assertThat(claims.get("sub")).isEqualTo(residentId);
        assertThat(claims.get("iss")).isEqualTo(security.issuer());
        client().get().uri("/api/me").headers(h -> h.setBearerAuth(accessToken)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.subject").isEqualTo(residentId)
                .jsonPath("$.roles").isEqualTo(List.of("RESIDENT"))
                .jsonPath("$.communities").isEqualTo(List.of("c-7"))
                .jsonPath("$.residentId").isEqualTo(residentId)
                .jsonPath("$.unitIds").isEqualTo(List.of("u-1", "u-2"));

        // The session renews like a staff one: the refresh token rotates and the new access token is a resident's.
        Map<?, ?> renewed = new StaffSessions(client()).refresh((String) session.get("refreshToken"))
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(renewed).isNotNull();
        client().get().uri("/api/me").headers(h -> h.setBearerAuth((String) renewed.get("accessToken"))).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.residentId").isEqualTo(residentId);
        String refreshToken = (String) renewed.get("refreshToken");

        // A second code is pending when the resident moves out (a used code frees the resend slot at once).
        requestOtp(phone).expectStatus().isAccepted();
        String pending = latestCode(phone);

        publish(movedOut(UUID.randomUUID().toString(), residentId, "c-7", List.of("u-1", "u-2")));
        awaitConsumed();

        assertProblem(client().get().uri("/api/me").headers(h -> h.setBearerAuth(accessToken)).exchange(),
                HttpStatus.UNAUTHORIZED, "unauthorized");
        assertProblem(otpLogin(phone, pending), HttpStatus.UNAUTHORIZED, "invalid-credentials");
        assertProblem(new StaffSessions(client()).refresh(refreshToken), HttpStatus.UNAUTHORIZED,
                "invalid-refresh-token"); // revoked on move-out
        requestOtp(phone).expectStatus().isAccepted(); // same answer as ever, but no code is sent
        awaitCodes(phone, 2);

        ResidentAccount account = account(residentId);
        assertThat(account.enabled()).isFalse();
        assertThat(account.unitIds()).isEmpty();
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        String residentId = "res-" + UUID.randomUUID();
        String phone = newPhone();
        String registered = registered(UUID.randomUUID().toString(), residentId, "c-7", List.of("u-1", "u-2"), phone);
        publish(registered);
        publish(movedOut(UUID.randomUUID().toString(), residentId, "c-7", List.of("u-1")));
        publish(registered); // redelivered: must not bring u-1 back
        awaitConsumed();

        ResidentAccount account = account(residentId);
        assertThat(account.unitIds()).containsExactly("u-2");
        assertThat(account.enabled()).isTrue(); // a unit is left
        assertThat(account.revision()).isEqualTo(2);
        assertThat(account.appliedEventIds()).hasSize(2);
        assertThat(account.phoneHash()).isEqualTo(phoneHash("+86" + phone));

        // Still a resident of u-2.
        requestOtp(phone).expectStatus().isAccepted();
        String token = loginWithOtp(phone, latestCode(phone));
        client().get().uri("/api/me").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.unitIds").isEqualTo(List.of("u-2"));
    }

    @Test
    void malformedRecordsGoToTheDeadLetterTopicWithoutBlockingThePartition() {
        String badKey = "res-bad-" + UUID.randomUUID();
        KAFKA.send(TOPIC, badKey, "{this is not json");
        String residentId = "res-" + UUID.randomUUID();
        String phone = newPhone();
        // Same key as the bad record, so the same partition: it must get past the bad one.
        Map<String, Object> event = event(REGISTERED, UUID.randomUUID().toString(), residentId, "c-7",
                Map.of("residentId", residentId, "communityId", "c-7", "unitIds", List.of("u-9"),
                        "relation", "TENANT", "phoneHash", phoneHash("+86" + phone),
                        "registeredAt", "2026-11-26T09:30:00Z"));
        String json = JSON.writeValueAsString(event);
        CONTRACTS.assertValid(json);
        KAFKA.send(TOPIC, badKey, json, Map.of("content-type", "application/cloudevents+json"));
        awaitConsumed();

        assertThat(account(residentId).enabled()).isTrue();
        KAFKA.await(TOPIC + ".DLT", record -> badKey.equals(record.key()), Duration.ofSeconds(30));
    }

    @Test
    void anUnknownPhoneGetsTheSameAnswerAndNoCode() {
        String phone = newPhone();
        requestOtp("+86" + phone).expectStatus().isAccepted()
                .expectBody().json("{\"expiresIn\":300,\"resendAfter\":60}", true);
        assertThat(codesFor(phone)).isEmpty();
        assertProblem(otpLogin(phone, "123456"), HttpStatus.UNAUTHORIZED, "invalid-credentials");
    }

    @Test
    void aNewCodeWithinAMinuteIsRefusedWith429() {
        String phone = registeredResident();
        requestOtp(phone).expectStatus().isAccepted();

        WebTestClient.ResponseSpec again = requestOtp(phone);
        again.expectHeader().value("Retry-After", retry -> assertThat(Long.parseLong(retry)).isBetween(1L, 60L));
        assertProblem(again, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests");
        awaitCodes(phone, 1);

        allowResend(phone); // a minute later
        requestOtp(phone).expectStatus().isAccepted();
        awaitCodes(phone, 2);
        loginWithOtp(phone, latestCode(phone));
    }

    @Test
    void anExpiredCodeIsRefused() {
        String phone = registeredResident();
        requestOtp(phone).expectStatus().isAccepted();
        String code = latestCode(phone);
        setOtpField(phone, "expiresAt", Instant.now().minusSeconds(1)); // five minutes later

        assertProblem(otpLogin(phone, code), HttpStatus.UNAUTHORIZED, "invalid-credentials");
    }

    @Test
    void fiveWrongCodesBurnTheCodeAndACodeWorksOnlyOnce() {
        String phone = registeredResident();
        requestOtp(phone).expectStatus().isAccepted();
        String code = latestCode(phone);
        String wrong = String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
        for (int i = 0; i < 5; i++) {
            assertProblem(otpLogin(phone, wrong), HttpStatus.UNAUTHORIZED, "invalid-credentials");
        }
        assertProblem(otpLogin(phone, code), HttpStatus.UNAUTHORIZED, "invalid-credentials");

        allowResend(phone);
        requestOtp(phone).expectStatus().isAccepted();
        String fresh = latestCode(phone);
        assertProblem(otpLogin(phone, wrong.equals(fresh) ? code : wrong), HttpStatus.UNAUTHORIZED,
                "invalid-credentials");
        loginWithOtp(phone, fresh); // one wrong try does not spoil the code
        assertProblem(otpLogin(phone, fresh), HttpStatus.UNAUTHORIZED, "invalid-credentials"); // used
    }

    @Test
    void aNumberThatIsNotAMainlandMobileIsRejected() {
        for (String phone : List.of("12812345678", "1381234567", "+8513812345678", "abc")) {
            assertProblem(requestOtp(phone), HttpStatus.BAD_REQUEST, "validation")
                    .jsonPath("$.errors[0].field").isEqualTo("phone")
                    .jsonPath("$.errors[0].message").isEqualTo(ProblemCatalog.message(
                            "problem.validation.field.mainland-mobile", Locale.SIMPLIFIED_CHINESE));
        }
        client().post().uri("/auth/login/otp").contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "en").bodyValue(Map.of("phone", "12812345678", "code", "123456"))
                .exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].message")
                .isEqualTo("must be an 11-digit mainland mobile number (13x to 19x), optionally after +86");
    }

    @Test
    void theNumberMayBeWrittenWithTheCountryCodeSpacesAndHyphens() {
        String phone = registeredResident();
        String written = "+86 " + phone.substring(0, 3) + "-" + phone.substring(3, 7) + " " + phone.substring(7);

        requestOtp(written).expectStatus().isAccepted();
        loginWithOtp(written, latestCode(phone));
    }

    @Test
    void meDescribesAStaffCallerWithoutResidentFields() {
        String token = adminToken();
        client().get().uri("/api/me").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.subject").isNotEmpty()
                .jsonPath("$.roles").value(List.class, roles -> assertThat(roles).contains("PLATFORM_ADMIN"))
                .jsonPath("$.residentId").doesNotExist()
                .jsonPath("$.unitIds").doesNotExist();
        assertProblem(client().get().uri("/api/me").exchange(), HttpStatus.UNAUTHORIZED, "unauthorized");
    }

    // --- helpers ---

    /** A resident registered through an event, ready to log in; returns the phone. */
    private String registeredResident() {
        String residentId = "res-" + UUID.randomUUID();
        String phone = newPhone();
        publish(registered(UUID.randomUUID().toString(), residentId, "c-7", List.of("u-1"), phone));
        awaitConsumed();
        return phone;
    }

    private static String newPhone() {
        int tail = PHONES.incrementAndGet() % 10_000;
        return String.format("139%04d%04d", ThreadLocalRandom.current().nextInt(10_000), tail);
    }

    private String registered(String eventId, String residentId, String communityId, List<String> units,
            String phone) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("residentId", residentId);
        data.put("communityId", communityId);
        data.put("unitIds", units);
        data.put("relation", "OWNER");
        data.put("phoneHash", phoneHash("+86" + phone));
        data.put("registeredAt", "2026-11-26T09:30:00+08:00");
        return JSON.writeValueAsString(event(REGISTERED, eventId, residentId, communityId, data));
    }

    private String movedOut(String eventId, String residentId, String communityId, List<String> units) {
        Map<String, Object> data = Map.of("residentId", residentId, "communityId", communityId, "unitIds", units,
                "movedOutAt", "2026-11-26T10:00:00Z");
        return JSON.writeValueAsString(event(MOVED_OUT, eventId, residentId, communityId, data));
    }

    private static Map<String, Object> event(String type, String id, String subject, String communityId,
            Map<String, Object> data) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", id);
        event.put("source", "/resident-service");
        event.put("type", type);
        event.put("subject", subject);
        event.put("time", Instant.now().toString());
        event.put("datacontenttype", "application/json");
        event.put("dataschema", ContractValidator.dataschemaOf(type));
        event.put("communityid", communityId);
        event.put("data", data);
        return event;
    }

    /** Validates against the contract first: the gateway is tested on exactly what resident-service may send. */
    private static void publish(String json) {
        CONTRACTS.assertValid(json);
        String subject = JSON.readTree(json).path("subject").asString();
        KAFKA.send(TOPIC, subject, json, Map.of("content-type", "application/cloudevents+json"));
    }

    private static void awaitConsumed() {
        KAFKA.awaitConsumed("gateway", TOPIC, Duration.ofSeconds(60));
    }

    /** What resident-service computes: HMAC-SHA256 (hex) of the E.164 number under the shared key. */
    private static String phoneHash(String e164) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(PHONE_HASH_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(e164.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private WebTestClient.ResponseSpec requestOtp(String phone) {
        return client().post().uri("/auth/otp").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("phone", phone)).exchange();
    }

    private WebTestClient.ResponseSpec otpLogin(String phone, String code) {
        return client().post().uri("/auth/login/otp").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("phone", phone, "code", code)).exchange();
    }

    private String loginWithOtp(String phone, String code) {
        return (String) otpSession(phone, code).get("accessToken");
    }

    /** The whole token response of an OTP login, shaped like the staff login's. */
    private Map<?, ?> otpSession(String phone, String code) {
        Map<?, ?> body = otpLogin(phone, code).expectStatus().isOk()
                .expectHeader().valueEquals("Cache-Control", "no-store")
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(body).isNotNull();
        assertThat(body.get("tokenType")).isEqualTo("Bearer");
        assertThat(((Number) body.get("expiresIn")).longValue()).isEqualTo(security.accessTokenTtl().toSeconds());
        assertThat((String) body.get("refreshToken")).matches("[A-Za-z0-9_-]{43,}");
        return body;
    }

    /** Waits until exactly {@code count} codes were sent to this phone. */
    private static void awaitCodes(String phone, int count) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertThat(codesFor(phone)).hasSize(count));
    }

    /** The codes sent to this phone, oldest first. */
    private static List<String> codesFor(String phone) {
        return new SmsOutbox(SMS_OUTBOX).codesFor(phone);
    }

    /**
     * The newest code for this phone that the test has not read yet. Codes are sent after the answer (so its
     * timing reveals nothing), so this waits for the outbox to catch up.
     */
    private static String latestCode(String phone) {
        int read = CODES_READ.getOrDefault(phone, 0);
        List<String> codes = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> codesFor(phone), sent -> sent.size() > read);
        CODES_READ.put(phone, codes.size());
        String code = codes.getLast();
        assertThat(code).matches("[0-9]{6}");
        return code;
    }

    /** Moves the last request a minute back, as if the resend interval had passed. */
    private void allowResend(String phone) {
        setOtpField(phone, "requestedAt", Instant.now().minus(Duration.ofMinutes(1)).minusSeconds(1));
    }

    private void setOtpField(String phone, String field, Instant value) {
        long changed = mongo.updateFirst(Query.query(Criteria.where("_id").is(phoneHash("+86" + phone))),
                Update.update(field, value), "otp_codes").block().getModifiedCount();
        assertThat(changed).isEqualTo(1);
    }

    private ResidentAccount account(String residentId) {
        ResidentAccount account = mongo.findById(residentId, ResidentAccount.class).block();
        assertThat(account).isNotNull();
        return account;
    }
}
