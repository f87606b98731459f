package com.estate.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What every service must do, whatever its domain: report ready and live, expose metrics, describe its API in an
 * OpenAPI document that the gateway's Swagger UI can read without a token, and refuse its API without a valid
 * token with a problem body. A service's test extends this with
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT) @WithSharedInfrastructure} and names one of its API paths.
 */
public abstract class StandardServiceChecks {

    @LocalServerPort
    int port;

    @Value("${spring.application.name}")
    String applicationName;

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
    void servesItsOpenApiDocumentWithoutAToken() {
        TestHttp.Answer answer = http().send("GET", "/v3/api-docs", null, null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode document = answer.json();
        assertThat(document.path("info").path("title").asString()).isEqualTo(applicationName);
        assertThat(document.path("components").path("securitySchemes").path("bearer").path("scheme").asString())
                .isEqualTo("bearer");
        assertThat(document.path("servers").get(0).path("url").asString()).isEqualTo("/");
        // the caller comes from the token (infra/platform's Caller), never from a parameter
        List<String> parameters = new ArrayList<>();
        document.path("paths").forEach(path -> path.forEach(operation ->
                operation.path("parameters").forEach(parameter -> parameters.add(parameter.path("name").asString()))));
        assertThat(parameters).noneMatch(name -> name.equalsIgnoreCase("caller"));
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
