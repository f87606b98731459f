package com.estate.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every service must do, whatever its domain: report ready and live, expose metrics, and refuse its API
 * without a valid token with a problem body. A service's test extends this with
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT) @WithSharedInfrastructure} and names one of its API paths.
 */
public abstract class StandardServiceChecks {

    @LocalServerPort
    int port;

    /** A path of this service's API, e.g. {@code /api/work-orders}. */
    protected abstract String apiPath();

    private TestHttp http() {
        return new TestHttp(port);
    }

    @Test
    void reportsReadyAndLive() {
        for (String probe : new String[] {"/actuator/health/readiness", "/actuator/health/liveness"}) {
            TestHttp.Answer answer = http().send("GET", probe, null, null);
            assertThat(answer.status()).as(probe + " " + answer.body()).isEqualTo(200);
            assertThat(answer.json().path("status").asString()).isEqualTo("UP");
        }
    }

    @Test
    void exposesPrometheusMetricsIncludingTheOutboxBacklog() {
        TestHttp.Answer answer = http().send("GET", "/actuator/prometheus", null, null);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("outbox_backlog");
    }

    @Test
    void refusesTheApiWithoutAValidToken() {
        String expired = TestTokens.get().token().roles("PLATFORM_ADMIN").expired().build();
        String foreign = TestTokens.get().token().roles("PLATFORM_ADMIN").signedWithForeignKey().build();
        String wrongAudience = TestTokens.get().token().roles("PLATFORM_ADMIN").audience("someone-else").build();
        for (String token : new String[] {null, "not-a-jwt", expired, foreign, wrongAudience}) {
            TestHttp.Answer answer = http().send("GET", apiPath(), token, null);
            assertThat(answer.status()).as(apiPath() + " with " + token).isEqualTo(401);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().path("code").asString()).isEqualTo("unauthorized");
        }
    }
}
