package com.estate.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.estate.gateway.GatewayIntegrationTest;
import com.estate.gateway.accounts.StaffAccount;
import com.estate.gateway.accounts.StaffAccountRepository;
import com.estate.gateway.accounts.Usernames;
import com.estate.gateway.problem.ProblemException;
import com.estate.gateway.problem.ProblemKind;
import com.estate.gateway.problem.RetryLaterException;
import com.estate.gateway.ratelimit.MongoRateLimiter;
import com.estate.gateway.ratelimit.RateLimiter;
import com.estate.testsupport.MovableClock;
import com.estate.gateway.support.PasswordChecks;
import com.estate.gateway.support.StaffSessions;

/**
 * {@code /auth/login} is limited per username, whatever the client address. The tests' limit is out of reach of
 * ordinary requests (see {@link GatewayIntegrationTest}), so these tests empty the username's bucket through the
 * limiter the gateway uses.
 */
class AccountRateLimitTest extends GatewayIntegrationTest {

    @Autowired
    private RateLimiter limiter;

    @Autowired
    private ReactiveMongoTemplate mongo;

    @Autowired
    private LoginProperties properties;

    @Autowired
    private StaffAccountRepository accounts;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Autowired
    private LoginAttempts attempts;

    @Test
    void aUsernameOverItsLimitIs429WithRetryAfterForKnownAndUnknownNamesAlikeFromAnyAddress() {
        StaffSessions sessions = new StaffSessions(client());
        String known = StaffSessions.uniqueUsername("limited");
        String id = (String) sessions.create(adminToken(), known, List.of("CS_AGENT"), List.of()).get("id");
        String hash = mongo.findById(id, StaffAccount.class).block(Duration.ofSeconds(10)).passwordHash();
        String unknown = StaffSessions.uniqueUsername("nobody");
        exhaust(known);
        exhaust(unknown);

        String knownBody = refused(sessions.loginAttempt(" " + known.toUpperCase() + " ", StaffSessions.PASSWORD));
        String unknownBody = refused(sessions.loginAttempt(unknown, StaffSessions.PASSWORD));
        String elsewhere = refused(new StaffSessions(client("127.0.0.2")).loginAttempt(known,
                StaffSessions.PASSWORD));

        assertThat(knownBody).isEqualTo(unknownBody).isEqualTo(elsewhere);
        assertThat(PasswordChecks.against(hash)).as("refused before the password is compared").isZero();
    }

    @Test
    void tenRequestsAMinutePerUsernameFromAnyAddressThenRetryLater() {
        MovableClock clock = new MovableClock(Instant.parse("2026-01-01T08:00:00Z"));
        LoginProperties tenAMinute = new LoginProperties(5, Duration.ofMinutes(15), Duration.ofMinutes(15), 20,
                new RequestLimit(10, Duration.ofMinutes(1)), 12);
        StaffAuthenticator authenticator = new StaffAuthenticator(accounts, passwordEncoder, attempts,
                new KeyedRateLimits(new MongoRateLimiter(mongo, clock)), tenAMinute);
        String username = StaffSessions.uniqueUsername("ten");

        for (int i = 0; i < 10; i++) {
            String client = "198.51.100." + i;
            assertThatThrownBy(() -> authenticator.authenticate(username, "guess", client).block())
                    .isInstanceOfSatisfying(ProblemException.class,
                            refused -> assertThat(refused.kind()).isEqualTo(ProblemKind.INVALID_CREDENTIALS));
        }
        assertThatThrownBy(() -> authenticator.authenticate(username, "guess", "198.51.100.99").block())
                .isInstanceOfSatisfying(RetryLaterException.class,
                        later -> assertThat(later.retryAfterSeconds()).isBetween(1L, 60L));

        clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> authenticator.authenticate(username, "guess", "198.51.100.99").block())
                .isInstanceOfSatisfying(ProblemException.class,
                        refused -> assertThat(refused.kind()).isEqualTo(ProblemKind.INVALID_CREDENTIALS));
    }

    private void exhaust(String username) {
        RequestLimit limit = properties.accountRateLimit();
        String bucket = StaffAuthenticator.accountBucket(Usernames.normalize(username));
        for (long i = 0; i < limit.capacity(); i++) {
            limiter.tryConsume(bucket, limit.capacity(), limit.refillPeriod()).block();
        }
    }

    private static String refused(WebTestClient.ResponseSpec response) {
        response.expectHeader().value("Retry-After",
                retry -> assertThat(Long.parseLong(retry)).isBetween(1L, 60L));
        byte[] body = assertProblem(response, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests")
                .returnResult().getResponseBody();
        return new String(body, StandardCharsets.UTF_8).replaceAll("\"requestId\":\"[^\"]*\"", "")
                .replaceAll("\\d+", "N");
    }
}
