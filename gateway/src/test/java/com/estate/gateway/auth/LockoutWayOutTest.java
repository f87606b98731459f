package com.estate.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import com.estate.gateway.GatewayIntegrationTest;
import com.estate.gateway.support.StaffSessions;

/**
 * Wrong passwords from one client address lock that address out of the account, not the owner at another; many
 * addresses together still hit an account-wide ceiling.
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

        StaffSessions owner = new StaffSessions(clientFrom("127.0.0.2"));
        assertThat(owner.login(username, StaffSessions.PASSWORD).get("accessToken")).isNotNull();
        // The owner's success elsewhere does not reopen the address that guessed.
        assertProblem(here.loginAttempt(username, StaffSessions.PASSWORD), HttpStatus.UNAUTHORIZED,
                "invalid-credentials");
    }

    @Test
    void failuresFromManyAddressesTogetherLockTheAccountEverywhere() {
        assertThat(properties.maxAccountFailures()).isEqualTo(4 * properties.maxFailures());
        for (int client = 2; client <= 5; client++) {
            failFiveTimes(new StaffSessions(clientFrom("127.0.0." + client)));
        }

        assertProblem(new StaffSessions(clientFrom("127.0.0.6")).loginAttempt(username, StaffSessions.PASSWORD),
                HttpStatus.UNAUTHORIZED, "invalid-credentials");
    }

    private void failFiveTimes(StaffSessions from) {
        for (int i = 0; i < 5; i++) {
            assertProblem(from.loginAttempt(username, "Wrong-password-" + i), HttpStatus.UNAUTHORIZED,
                    "invalid-credentials");
        }
    }
}
