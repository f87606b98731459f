package com.estate.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What every service must do, whatever its domain: report ready and live, expose metrics, describe its API in an
 * OpenAPI document that the gateway's Swagger UI can read without a token, refuse its API without a valid token
 * with a problem body, and keep to the architecture rules ({@link ArchitectureRules}). A service's test extends this with
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT) @WithSharedInfrastructure} and names one of its API paths.
 */
public abstract class StandardServiceChecks {

    @LocalServerPort
    int port;

    @Value("${spring.application.name}")
    String applicationName;

    @Value("${server.address:}")
    String boundAddress;

    /** A path of this service's API, e.g. {@code /api/work-orders}. */
    protected abstract String apiPath();

    /** The service's root package: by default that of its checks' test class, e.g. {@code com.estate.billing}. */
    protected String servicePackage() {
        return getClass().getPackageName();
    }

    @Test
    void followsTheArchitectureRules() {
        ArchitectureRules.check(servicePackage());
    }

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

    /** Like the rest of the embedded suite; a container sets SERVER_ADDRESS to listen on its interface. */
    @Test
    void listensOnLoopbackOnlyUnlessToldOtherwise() throws Exception {
        assertThat(boundAddress).as("server.address").isNotBlank();
        assertThat(java.net.InetAddress.getByName(boundAddress).isLoopbackAddress()).as(boundAddress).isTrue();
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

    /**
     * The same forgeries the gateway refuses, sent straight to the service (as anyone inside the network could):
     * the service must refuse every one itself.
     */
    @Test
    void refusesTheApiWithoutAValidToken() {
        TestTokens tokens = TestTokens.get();
        Map<String, String> forgeries = new LinkedHashMap<>();
        forgeries.put("no token", null);
        forgeries.put("not a JWT", "not-a-jwt");
        forgeries.put("expired", tokens.token().roles("PLATFORM_ADMIN").expired().build());
        forgeries.put("not yet valid", tokens.token().roles("PLATFORM_ADMIN").notYetValid().build());
        forgeries.put("signed with a foreign key", tokens.token().roles("PLATFORM_ADMIN").signedWithForeignKey().build());
        forgeries.put("unknown kid", tokens.token().roles("PLATFORM_ADMIN").keyId("no-such-key").build());
        forgeries.put("wrong audience", tokens.token().roles("PLATFORM_ADMIN").audience("someone-else").build());
        forgeries.put("wrong issuer", tokens.token().roles("PLATFORM_ADMIN").issuer("https://evil.example").build());
        forgeries.put("alg none", tokens.token().roles("PLATFORM_ADMIN").unsigned().build());
        forgeries.put("HS256 with the public key", tokens.token().roles("PLATFORM_ADMIN").algorithm("HS256").build());
        forgeries.put("tampered payload", tampered(tokens.token().roles("RESIDENT").build()));
        forgeries.forEach((name, token) -> {
            TestHttp.Answer answer = http().send("GET", apiPath(), token, null);
            assertThat(answer.status()).as(apiPath() + " with " + name).isEqualTo(401);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().path("code").asString()).isEqualTo("unauthorized");
        });
    }

    /** A validly signed token whose payload was then edited to claim PLATFORM_ADMIN. */
    private static String tampered(String token) {
        return TestTokens.withPayload(token,
                TestTokens.payloadJson(token).replace("\"RESIDENT\"", "\"PLATFORM_ADMIN\""));
    }
}
