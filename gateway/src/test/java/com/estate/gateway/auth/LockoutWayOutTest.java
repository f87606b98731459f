package com.estate.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

import com.estate.gateway.GatewayIntegrationTest;
import com.estate.gateway.support.StaffSessions;
import com.estate.testsupport.TestTokens;
import com.jayway.jsonpath.JsonPath;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * Wrong passwords from one client address lock that address out of the account, not the owner at another; many
 * addresses together still hit an account-wide ceiling; the owner learns of a lock at the next log-in.
 */
class LockoutWayOutTest extends GatewayIntegrationTest {

    @Autowired
    private LoginProperties properties;

    private StaffSessions here;
    private String username;

    @BeforeEach
    void newAccount() {
        here = new StaffSessions(client());
        username = StaffSessions.uniqueUsername("way-out");
        here.create(adminToken(), username, List.of("CS_AGENT"), List.of());
    }

    @Test
    void wrongPasswordsFromOneAddressDoNotLockTheOwnerOutAtAnother() {
        failFiveTimes(here);
        assertProblem(here.loginAttempt(username, StaffSessions.PASSWORD), HttpStatus.UNAUTHORIZED,
                "invalid-credentials");

        StaffSessions owner = new StaffSessions(client("127.0.0.2"));
        assertThat(owner.login(username, StaffSessions.PASSWORD).get("accessToken")).isNotNull();
        // The owner's success elsewhere does not reopen the address that guessed.
        assertProblem(here.loginAttempt(username, StaffSessions.PASSWORD), HttpStatus.UNAUTHORIZED,
                "invalid-credentials");
    }

    @Test
    void failuresFromManyAddressesTogetherLockTheAccountEverywhere() {
        assertThat(properties.maxAccountFailures()).isEqualTo(4 * properties.maxFailures());
        for (int client = 2; client <= 5; client++) {
            failFiveTimes(new StaffSessions(client("127.0.0." + client)));
        }

        assertProblem(new StaffSessions(client("127.0.0.6")).loginAttempt(username, StaffSessions.PASSWORD),
                HttpStatus.UNAUTHORIZED, "invalid-credentials");
    }

    @Test
    void theOwnerIsToldOnceAtTheNextLogInThatTheAccountWasLocked() {
        failFiveTimes(here);

        StaffSessions owner = new StaffSessions(client("127.0.0.2"));
        Map<?, ?> first = owner.login(username, StaffSessions.PASSWORD);
        assertThat(first.get("securityNotices")).asInstanceOf(InstanceOfAssertFactories.list(Map.class))
                .singleElement()
                .satisfies(notice -> {
                    assertThat(notice.get("type")).isEqualTo("account-locked");
                    assertThat(notice.get("scope")).isEqualTo("client");
                    assertThat(notice.get("at")).isNotNull();
                    assertThat(notice.get("lockedUntil")).isNotNull();
                });

        assertThat(owner.login(username, StaffSessions.PASSWORD).containsKey("securityNotices")).isFalse();
    }

    @Test
    void theLockIsLoggedAsAWarningThatNamesTheAccountByIdOnly() {
        String token = (String) here.login(username, StaffSessions.PASSWORD).get("accessToken");
        String accountId = JsonPath.read(TestTokens.payloadJson(token), "$.sub");
        Logger logger = (Logger) LoggerFactory.getLogger(LoginAttempts.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            failFiveTimes(here);
        } finally {
            logger.detachAppender(appender);
        }

        assertThat(appender.list).filteredOn(event -> event.getLevel() == Level.WARN)
                .singleElement()
                .extracting(ILoggingEvent::getFormattedMessage)
                .satisfies(message -> assertThat(message).contains(accountId).contains("locked")
                        .doesNotContain(username).doesNotContain("127.0.0.1"));
    }

    private void failFiveTimes(StaffSessions from) {
        for (int i = 0; i < 5; i++) {
            assertProblem(from.loginAttempt(username, "Wrong-password-" + i), HttpStatus.UNAUTHORIZED,
                    "invalid-credentials");
        }
    }
}
