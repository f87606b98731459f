package com.estate.gateway.otp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import com.estate.gateway.GatewayIntegrationTest;
import com.estate.gateway.auth.KeyedRateLimits;
import com.estate.gateway.auth.RequestLimit;
import com.estate.gateway.problem.ProblemException;
import com.estate.gateway.problem.ProblemKind;
import com.estate.gateway.problem.RetryLaterException;
import com.estate.gateway.ratelimit.MongoRateLimiter;
import com.estate.gateway.residents.PhoneHasher;
import com.estate.gateway.residents.ResidentAccount;
import com.estate.gateway.residents.ResidentAccounts;
import com.estate.testsupport.MovableClock;

/**
 * The daily caps on one phone, on a clock the test moves: they last until midnight in the configured zone, and
 * requests refused for coming too soon do not count.
 */
class OtpDayTest extends GatewayIntegrationTest {

    /** 23:00 in Shanghai: an hour before the day ends there. */
    private static final Instant LATE_EVENING = Instant.parse("2026-03-01T15:00:00Z");

    @Autowired
    private ReactiveMongoTemplate mongo;

    @Autowired
    private ResidentAccounts residents;

    @Autowired
    private PhoneHasher hasher;

    @Autowired
    private KeyedRateLimits rateLimits;

    @Autowired
    private OtpProperties properties;

    private final List<String> sent = new CopyOnWriteArrayList<>();
    private MovableClock clock;
    private OtpService otp;
    private String phone;

    @BeforeEach
    void residentAndService() {
        clock = new MovableClock(LATE_EVENING);
        otp = new OtpService(mongo, residents, hasher, (e164, code, validFor) -> sent.add(code), properties,
                new OtpLimits(mongo, rateLimits, properties), clock);
        phone = String.format("136%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        mongo.insert(new ResidentAccount("res-" + UUID.randomUUID(), hasher.hash("+86" + phone), "c-7",
                List.of("u-1"), true, 1, List.of(), clock.instant(), null, null)).block(Duration.ofSeconds(10));
    }

    @Test
    void theDefaultsAreTenCodesAndTwentyWrongTriesADayInShanghai() {
        assertThat(properties.maxCodesPerDay()).isEqualTo(10);
        assertThat(properties.maxFailedTriesPerDay()).isEqualTo(20);
        assertThat(properties.dayZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void theDaysCodesAreCappedUntilMidnightInTheDayZone() {
        for (int i = 1; i <= properties.maxCodesPerDay(); i++) {
            otp.request(phone).block();
            awaitSent(i);
            clock.advance(properties.resendInterval());
        }

        otp.request(phone).block(); // completes as usual: the caller cannot tell
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .until(() -> sent.size() == properties.maxCodesPerDay());

        clock.set(Instant.parse("2026-03-01T16:00:00Z")); // midnight in Shanghai
        otp.request(phone).block();
        awaitSent(properties.maxCodesPerDay() + 1);
        assertThat(otp.login(phone, sent.getLast()).block()).isNotNull();
    }

    @Test
    void requestsRefusedAsTooSoonDoNotCountTowardsTheDay() {
        for (int i = 1; i <= properties.maxCodesPerDay(); i++) {
            otp.request(phone).block();
            awaitSent(i);
            for (int early = 0; early < 3; early++) {
                assertThatThrownBy(() -> otp.request(phone).block()).isInstanceOf(RetryLaterException.class);
            }
            clock.advance(properties.resendInterval());
        }
        assertThat(sent).hasSize(properties.maxCodesPerDay());
    }

    @Test
    void theDaysWrongTriesAreCappedAcrossCodesUntilMidnight() {
        clock.set(Instant.parse("2026-03-01T15:55:00Z")); // 23:55 in Shanghai
        int codes = properties.maxFailedTriesPerDay() / properties.maxAttempts();
        for (int i = 1; i <= codes; i++) {
            otp.request(phone).block();
            String wrong = wrongCodeFor(awaitSent(i));
            for (int attempt = 0; attempt < properties.maxAttempts(); attempt++) {
                assertInvalid(phone, wrong);
            }
            clock.advance(properties.resendInterval());
        }
        otp.request(phone).block();
        String right = awaitSent(codes + 1);

        assertInvalid(phone, right);

        clock.set(Instant.parse("2026-03-01T16:00:00Z")); // midnight in Shanghai; the code is still unexpired
        assertThat(otp.login(phone, right).block()).as("the refused try did not spend the code").isNotNull();
    }

    @Test
    void aRightCodeGivesItsTryBack() {
        otp.request(phone).block();
        String first = awaitSent(1);
        for (int attempt = 1; attempt < properties.maxAttempts(); attempt++) {
            assertInvalid(phone, wrongCodeFor(first));
        }
        assertThat(otp.login(phone, first).block()).isNotNull();
        int wrongSoFar = properties.maxAttempts() - 1;
        for (int i = 2; wrongSoFar + properties.maxAttempts() < properties.maxFailedTriesPerDay(); i++) {
            clock.advance(properties.resendInterval());
            otp.request(phone).block();
            String wrong = wrongCodeFor(awaitSent(i));
            for (int attempt = 0; attempt < properties.maxAttempts(); attempt++) {
                assertInvalid(phone, wrong);
            }
            wrongSoFar += properties.maxAttempts();
        }
        assertThat(wrongSoFar).isEqualTo(properties.maxFailedTriesPerDay() - 1);

        int codes = sent.size();
        clock.advance(properties.resendInterval());
        otp.request(phone).block();
        assertThat(otp.login(phone, awaitSent(codes + 1)).block()).as("one wrong try left").isNotNull();
    }

    @Test
    void tenLogInTriesAMinutePerPhoneThenRetryLater() {
        OtpProperties tenAMinute = new OtpProperties(properties.codeTtl(), properties.maxAttempts(),
                properties.resendInterval(), properties.maxCodesPerDay(), properties.maxFailedTriesPerDay(),
                properties.dayZone(), new RequestLimit(10, Duration.ofMinutes(1)));
        OtpService limited = new OtpService(mongo, residents, hasher, (e164, code, validFor) -> sent.add(code),
                tenAMinute, new OtpLimits(mongo, new KeyedRateLimits(new MongoRateLimiter(mongo, clock)), tenAMinute),
                clock);
        otp = limited;

        for (int i = 0; i < 10; i++) {
            assertInvalid(phone, "000000");
        }
        assertThatThrownBy(() -> limited.login(phone, "000000").block())
                .isInstanceOfSatisfying(RetryLaterException.class,
                        later -> assertThat(later.retryAfterSeconds()).isBetween(1L, 60L));

        clock.advance(Duration.ofMinutes(1));
        assertInvalid(phone, "000000");
    }

    private void assertInvalid(String phone, String code) {
        assertThatThrownBy(() -> otp.login(phone, code).block())
                .isInstanceOfSatisfying(ProblemException.class,
                        refused -> assertThat(refused.kind()).isEqualTo(ProblemKind.INVALID_CREDENTIALS));
    }

    /** Waits for the {@code count}th code (codes are sent after the answer) and returns it. */
    private String awaitSent(int count) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() -> sent.size() >= count);
        assertThat(sent).hasSize(count);
        return sent.getLast();
    }

    private static String wrongCodeFor(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }
}
