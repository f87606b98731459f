package com.estate.gateway.otp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.estate.gateway.GatewayIntegrationTest;
import com.estate.gateway.ratelimit.RateLimiter;
import com.estate.gateway.residents.PhoneHasher;
import com.estate.gateway.residents.ResidentAccount;
import com.estate.gateway.support.SmsOutbox;

/**
 * One phone gets a bounded number of codes and of wrong tries per day, and a bounded number of log-in tries per
 * minute, answered so that nobody learns whether the phone is registered.
 */
class OtpLimitsTest extends GatewayIntegrationTest {

    /** Last four digits differ per phone, so the masked numbers in the outbox never collide within a run. */
    private static final AtomicInteger PHONES = new AtomicInteger(ThreadLocalRandom.current().nextInt(10_000));
    private static final SmsOutbox OUTBOX = new SmsOutbox(SMS_OUTBOX);

    @Autowired
    private ReactiveMongoTemplate mongo;

    @Autowired
    private PhoneHasher hasher;

    @Autowired
    private RateLimiter limiter;

    @Autowired
    private OtpProperties properties;

    @Test
    void afterTenCodesInADayTheNextRequestIsAnsweredAlikeButNoCodeIsStoredOrSent() {
        LocalDate today = LocalDate.now(properties.dayZone());
        String phone = registeredResident();
        for (int i = 1; i <= 10; i++) {
            requestOtp(phone).expectStatus().isAccepted();
            awaitCodes(phone, i);
            allowResend(phone);
        }

        requestOtp(phone).expectStatus().isAccepted()
                .expectBody().json("{\"expiresIn\":300,\"resendAfter\":60}", true);

        Assumptions.assumeTrue(today.equals(LocalDate.now(properties.dayZone())), "the day ended during the test");
        assertThat(storedCode(phone)).isNull();
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> OUTBOX.codesFor(phone).size() == 10);
    }

    @Test
    void afterTwentyWrongTriesInADayEvenTheRightCodeIsRefused() {
        LocalDate today = LocalDate.now(properties.dayZone());
        String phone = registeredResident();
        for (int code = 1; code <= 4; code++) {
            requestOtp(phone).expectStatus().isAccepted();
            String wrong = wrongCodeFor(latestCode(phone, code));
            for (int i = 0; i < 5; i++) {
                assertProblem(otpLogin(phone, wrong), HttpStatus.UNAUTHORIZED, "invalid-credentials");
            }
            allowResend(phone);
        }
        requestOtp(phone).expectStatus().isAccepted();
        String right = latestCode(phone, 5);

        String refused = body(assertProblem(otpLogin(phone, right), HttpStatus.UNAUTHORIZED, "invalid-credentials"));

        Assumptions.assumeTrue(today.equals(LocalDate.now(properties.dayZone())), "the day ended during the test");
        assertThat(refused).isEqualTo(body(assertProblem(otpLogin(newPhone(), "123456"), HttpStatus.UNAUTHORIZED,
                "invalid-credentials")));
    }

    @Test
    void aPhoneOverItsLogInLimitIs429ForRegisteredAndUnknownPhonesAlike() {
        String registered = registeredResident();
        String unknown = newPhone();
        requestOtp(registered).expectStatus().isAccepted();
        String code = latestCode(registered, 1);
        exhaust(registered);
        exhaust(unknown);

        String registeredBody = tooMany(otpLogin(registered, code));
        String unknownBody = tooMany(otpLogin("+86" + unknown, "123456"));

        assertThat(registeredBody).isEqualTo(unknownBody);
        Map<?, ?> stored = mongo.findById(hasher.hash("+86" + registered), Map.class, "otp_codes").block();
        assertThat(((Number) stored.get("attempts")).intValue()).as("the code's tries are untouched").isZero();
    }

    // --- helpers ---

    private void exhaust(String phone) {
        String bucket = OtpLimits.phoneBucket(hasher.hash("+86" + phone));
        for (long i = 0; i < properties.phoneRateLimit().capacity(); i++) {
            limiter.tryConsume(bucket, properties.phoneRateLimit().capacity(), properties.phoneRateLimit().refillPeriod())
                    .block();
        }
    }

    private String registeredResident() {
        String phone = newPhone();
        mongo.insert(new ResidentAccount("res-" + UUID.randomUUID(), hasher.hash("+86" + phone), "c-7",
                List.of("u-1"), true, 1, List.of(), Instant.now(), null, null)).block(Duration.ofSeconds(10));
        return phone;
    }

    private static String newPhone() {
        int tail = PHONES.incrementAndGet() % 10_000;
        return String.format("137%04d%04d", ThreadLocalRandom.current().nextInt(10_000), tail);
    }

    private static String wrongCodeFor(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    private WebTestClient.ResponseSpec requestOtp(String phone) {
        return client().post().uri("/auth/otp").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("phone", phone)).exchange();
    }

    private WebTestClient.ResponseSpec otpLogin(String phone, String code) {
        return client().post().uri("/auth/login/otp").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("phone", phone, "code", code)).exchange();
    }

    private static void awaitCodes(String phone, int count) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertThat(OUTBOX.codesFor(phone)).hasSize(count));
    }

    /** The {@code nth} code sent to this phone, once it is in the outbox (codes are sent after the answer). */
    private static String latestCode(String phone, int nth) {
        awaitCodes(phone, nth);
        return OUTBOX.codesFor(phone).getLast();
    }

    private String storedCode(String phone) {
        Map<?, ?> stored = mongo.findById(hasher.hash("+86" + phone), Map.class, "otp_codes").block();
        assertThat(stored).isNotNull();
        return (String) stored.get("codeHash");
    }

    /** Moves the last request a minute back, as if the resend interval had passed. */
    private void allowResend(String phone) {
        long changed = mongo.updateFirst(Query.query(Criteria.where("_id").is(hasher.hash("+86" + phone))),
                Update.update("requestedAt", Instant.now().minus(Duration.ofMinutes(1)).minusSeconds(1)), "otp_codes")
                .block().getModifiedCount();
        assertThat(changed).isEqualTo(1);
    }

    private static String tooMany(WebTestClient.ResponseSpec response) {
        response.expectHeader().value("Retry-After", retry -> assertThat(Long.parseLong(retry)).isBetween(1L, 60L));
        return body(assertProblem(response, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests")).replaceAll("\\d+", "N");
    }

    private static String body(WebTestClient.BodyContentSpec spec) {
        return new String(spec.returnResult().getResponseBody(), StandardCharsets.UTF_8)
                .replaceAll("\"requestId\":\"[^\"]*\"", "");
    }
}
