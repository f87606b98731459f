package com.estate.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;

import com.estate.gateway.GatewayIntegrationTest;
import com.estate.testsupport.MovableClock;
import com.estate.gateway.support.StaffSessions;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Account lockout after repeated wrong passwords, told apart from nothing else by the answer. */
class LockoutTest extends GatewayIntegrationTest {

    /** Where the tests' requests come from. */
    private static final String HERE = "127.0.0.1";
    private static final String CLIENT = "203.0.113.7";

    @Autowired
    private ReactiveMongoTemplate mongo;

    @Autowired
    private LoginProperties properties;

    @Autowired
    private SecurityNotices notices;

    private StaffSessions sessions;
    private String username;
    private String accountId;

    @BeforeEach
    void newAccount() {
        sessions = new StaffSessions(client());
        username = StaffSessions.uniqueUsername("lockout");
        accountId = (String) sessions.create(adminToken(), username, List.of("CS_AGENT"), List.of()).get("id");
    }

    @Test
    void theDefaultsAreFiveFailuresInFifteenMinutesLockingForFifteenMinutesAndTwentyAcrossAddresses() {
        assertThat(properties.maxFailures()).isEqualTo(5);
        assertThat(properties.maxAccountFailures()).isEqualTo(20);
        assertThat(properties.failureWindow()).isEqualTo(Duration.ofMinutes(15));
        assertThat(properties.lockoutDuration()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheAnswerLooksLikeAnyOtherFailure() {
        String unknownUser = failureBody(StaffSessions.uniqueUsername("nobody"), StaffSessions.PASSWORD);
        String wrongPassword = null;
        for (int i = 0; i < properties.maxFailures(); i++) {
            wrongPassword = failureBody(username, "Wrong-password-" + i);
        }

        // Now even the right password is refused, with exactly the answer an unknown user gets.
        String locked = failureBody(username, StaffSessions.PASSWORD);

        assertThat(locked).isEqualTo(wrongPassword).isEqualTo(unknownUser);
        LoginAttemptsDocument attempts = attempts();
        assertThat(attempts.lockedUntil()).isAfter(Instant.now().plus(properties.lockoutDuration()).minusSeconds(60));
    }

    @Test
    void theLockEndsByItself() {
        for (int i = 0; i < properties.maxFailures(); i++) {
            failureBody(username, "Wrong-password-" + i);
        }
        sessions.loginAttempt(username, StaffSessions.PASSWORD).expectStatus().isUnauthorized();

        // Fifteen minutes later (moved in the database: the application clock is shared by every test)
        mongo.updateFirst(Query.query(Criteria.where("_id").is(LoginAttempts.clientBudget(accountId, HERE))),
                Update.update("lockedUntil", Instant.now().minusSeconds(1)), LoginAttemptsDocument.class).block();

        assertThat(sessions.login(username, StaffSessions.PASSWORD).get("accessToken")).isNotNull();
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        for (int i = 0; i < properties.maxFailures() - 1; i++) {
            failureBody(username, "Wrong-password-" + i);
        }
        sessions.login(username, StaffSessions.PASSWORD);
        assertThat(attempts()).isNull();

        for (int i = 0; i < properties.maxFailures() - 1; i++) {
            failureBody(username, "Wrong-password-" + i);
        }
        assertThat(sessions.login(username, StaffSessions.PASSWORD).get("accessToken")).isNotNull();
    }

    @Test
    void unknownUsernamesLeaveNoTrace() {
        String nobody = StaffSessions.uniqueUsername("ghost");
        Long before = mongo.count(new Query(), LoginAttemptsDocument.class).block();
        for (int i = 0; i < 3; i++) {
            failureBody(nobody, "whatever-" + i);
        }
        assertThat(mongo.count(new Query(), LoginAttemptsDocument.class).block()).isEqualTo(before);
    }

    @Test
    void failuresOutsideTheWindowDoNotAddUp() {
        MovableClock clock = new MovableClock(Instant.parse("2026-01-01T08:00:00Z"));
        LoginAttempts attempts = new LoginAttempts(mongo, properties, clock, notices);
        String id = "window-" + System.nanoTime();

        for (int i = 0; i < properties.maxFailures() - 1; i++) {
            fail(attempts, id);
            clock.advance(Duration.ofMinutes(1));
        }
        clock.advance(properties.failureWindow()); // the first failures are now too old
        fail(attempts, id);

        assertThat(attempts.isLocked(id, CLIENT).block()).isFalse();
        assertThat(budget(id).failures()).isEqualTo(1);
    }

    @Test
    void theLockLastsTheConfiguredDurationThenTheFullNumberOfTriesIsBack() {
        MovableClock clock = new MovableClock(Instant.parse("2026-01-01T08:00:00Z"));
        LoginAttempts attempts = new LoginAttempts(mongo, properties, clock, notices);
        String id = "lock-" + System.nanoTime();

        for (int i = 0; i < properties.maxFailures(); i++) {
            fail(attempts, id);
        }
        assertThat(attempts.isLocked(id, CLIENT).block()).isTrue();
        assertThat(attempts.take(id, CLIENT).block()).as("no try while locked").isEmpty();
        clock.advance(properties.lockoutDuration().minusSeconds(1));
        assertThat(attempts.isLocked(id, CLIENT).block()).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(attempts.isLocked(id, CLIENT).block()).isFalse();

        for (int i = 0; i < properties.maxFailures() - 1; i++) {
            fail(attempts, id);
        }
        assertThat(attempts.isLocked(id, CLIENT).block()).isFalse();
    }

    @Test
    void concurrentFailuresAreAllCounted() {
        MovableClock clock = new MovableClock(Instant.parse("2026-01-01T08:00:00Z"));
        LoginAttempts attempts = new LoginAttempts(mongo, properties, clock, notices);
        String id = "race-" + System.nanoTime();

        Flux.range(0, properties.maxFailures() - 1)
                .flatMap(i -> failing(attempts, id).subscribeOn(Schedulers.parallel()))
                .blockLast(Duration.ofSeconds(10));

        assertThat(budget(id).failures()).isEqualTo(properties.maxFailures() - 1);
        fail(attempts, id);
        assertThat(attempts.isLocked(id, CLIENT).block()).isTrue();
    }

    @Test
    void onceEveryTryIsTakenNoneIsLeftEvenBeforeTheirPasswordsAreKnown() {
        MovableClock clock = new MovableClock(Instant.parse("2026-01-01T08:00:00Z"));
        LoginAttempts attempts = new LoginAttempts(mongo, properties, clock, notices);
        String id = "taken-" + System.nanoTime();

        List<Boolean> taken = Flux.range(0, properties.maxFailures() * 3)
                .flatMap(i -> attempts.take(id, CLIENT).map(attempt -> attempt.isPresent())
                        .subscribeOn(Schedulers.parallel()))
                .collectList()
                .block(Duration.ofSeconds(10));

        assertThat(taken).filteredOn(Boolean::booleanValue).hasSize(properties.maxFailures());
        assertThat(attempts.take(id, CLIENT).block()).isEmpty();
    }

    @Test
    void correctPasswordsFromManyAddressesDoNotUseUpTheAccountWideBudget() {
        MovableClock clock = new MovableClock(Instant.parse("2026-01-01T08:00:00Z"));
        LoginAttempts attempts = new LoginAttempts(mongo, properties, clock, notices);
        String id = "shared-" + System.nanoTime();

        for (int i = 0; i <= properties.maxAccountFailures(); i++) {
            LoginAttempts.Attempt attempt = attempts.take(id, "198.51.100." + i).block().orElseThrow();
            attempts.succeeded(attempt).block();
        }

        assertThat(mongo.findById(id, LoginAttemptsDocument.class).block().failures()).isZero();
        assertThat(attempts.isLocked(id, CLIENT).block()).isFalse();
    }

    private static void fail(LoginAttempts attempts, String id) {
        failing(attempts, id).block(Duration.ofSeconds(10));
    }

    private static Mono<Void> failing(LoginAttempts attempts, String id) {
        return attempts.take(id, CLIENT).flatMap(taken -> attempts.failed(taken.orElseThrow()));
    }

    private LoginAttemptsDocument budget(String id) {
        return mongo.findById(LoginAttempts.clientBudget(id, CLIENT), LoginAttemptsDocument.class)
                .block(Duration.ofSeconds(10));
    }

    /** The account's budget at the tests' own address. */
    private LoginAttemptsDocument attempts() {
        return mongo.findById(LoginAttempts.clientBudget(accountId, HERE), LoginAttemptsDocument.class)
                .block(Duration.ofSeconds(10));
    }

    /** The 401 problem's body without the fields that differ per request (instance is the same path). */
    private String failureBody(String user, String password) {
        byte[] body = assertProblem(sessions.loginAttempt(user, password), HttpStatus.UNAUTHORIZED,
                "invalid-credentials").returnResult().getResponseBody();
        return new String(body, StandardCharsets.UTF_8).replaceAll("\"requestId\":\"[^\"]*\"", "");
    }
}
