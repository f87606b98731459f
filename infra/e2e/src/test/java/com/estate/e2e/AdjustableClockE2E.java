package com.estate.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The suite's business time moves for all services at once, and only for those who may move it: the gateway never
 * routes {@code /internal/**}, and a token keeps being judged by the machine's time.
 */
class AdjustableClockE2E {

    private static E2eSettings settings;
    private static Gateway gateway;
    private static String adminToken;
    private static SuiteClocks clocks;

    @BeforeAll
    static void logIn() {
        settings = E2eSettings.fromSystemProperties();
        gateway = new Gateway(settings.gateway());
        adminToken = gateway.login("admin", settings.adminPassword());
        clocks = new SuiteClocks(settings, adminToken);
    }

    @AfterEach
    void resetClocks() {
        clocks.resetAll();
    }

    @Test
    void everyServiceMovesByTheSameOffsetAndTokensStillWork() {
        clocks.moveAll(Duration.ofDays(1));

        Instant expected = Instant.now().plus(Duration.ofDays(1));
        clocks.readAll().forEach((service, reply) -> {
            assertThat(reply.json().path("adjustable").asBoolean()).as("%s", reply).isTrue();
            assertThat(reply.json().path("offset").asString()).as("%s", reply).isEqualTo("PT24H");
            assertThat(Instant.parse(reply.json().path("now").asString())).as(service)
                    .isCloseTo(expected, within(5, ChronoUnit.MINUTES));
        });
        // a day later in business time, the 15-minute token the gateway issued is still good everywhere
        assertThat(gateway.get("/api/communities", adminToken).status()).isEqualTo(200);

        clocks.resetAll();
        clocks.readAll().forEach((service, reply) ->
                assertThat(reply.json().path("offset").asString()).as(service).isEqualTo("PT0S"));
    }

    @Test
    void theGatewayNeverRoutesTheClockAndAServiceWantsAnAdministratorsToken() {
        Reply throughGateway = gateway.postJson("/internal/clock", "{\"offset\":\"P1D\"}", adminToken);
        assertThat(throughGateway.status()).as("%s", throughGateway).isEqualTo(404);
        assertThat(throughGateway.mediaType()).isEqualTo("application/problem+json");

        Gateway billing = new Gateway(settings.services().get("billing-service"));
        Reply anonymous = billing.postJson("/internal/clock", "{\"offset\":\"P1D\"}", null);
        assertThat(anonymous.status()).as("%s", anonymous).isEqualTo(401);
        assertThat(anonymous.mediaType()).isEqualTo("application/problem+json");
        Reply invalid = billing.postJson("/internal/clock", "{\"offset\":\"tomorrow\"}", adminToken);
        assertThat(invalid.status()).as("%s", invalid).isEqualTo(400);
        assertThat(invalid.json().path("code").asString()).isEqualTo("validation");
        clocks.readAll().forEach((service, reply) ->
                assertThat(reply.json().path("offset").asString()).as(service).isEqualTo("PT0S"));
    }
}
