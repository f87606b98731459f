package com.estate.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What every service must do, whatever its domain: report ready and live, expose metrics, describe its API in an
 * OpenAPI document that the gateway's Swagger UI can read without a token, refuse its API without a valid token
 * with a problem body, and keep to the architecture rules ({@link ArchitectureRules}); and keep its input hygiene
 * (infra/ARCHITECTURE.md §11): a malformed id in the path is a 404, a page above the cap a 400, an unknown
 * query parameter ignored, and paths refused before any controller runs a problem document. A service's test
 * extends this with {@code @SpringBootTest(webEnvironment = RANDOM_PORT) @WithSharedInfrastructure}, names one of
 * its API paths, and once it has them a single-record path ({@link #recordPath()}) and a list ({@link #listPath()}).
 */
public abstract class StandardServiceChecks {

    @LocalServerPort
    int port;

    @Value("${spring.application.name}")
    String applicationName;

    @Value("${server.address:}")
    String boundAddress;

    @Value("${app.web.max-page-size:200}")
    int maxPageSize;

    /** A path of this service's API, e.g. {@code /api/work-orders}. */
    protected abstract String apiPath();

    /**
     * A single-record path of this service's API with {@code {id}} where the record's id goes, e.g.
     * {@code /api/units/{id}}; null while the service has none (the checks that need one are then skipped).
     */
    protected String recordPath() {
        return null;
    }

    /** A paged list of this service's API, e.g. {@code /api/communities}; null while the service has none. */
    protected String listPath() {
        return null;
    }

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

    /** An id that is not in the service's id format names no record: 404, as for a record that does not exist. */
    @Test
    void aMalformedIdInThePathIsNotFound() {
        Assumptions.assumeTrue(recordPath() != null, "the service names no single-record path yet");
        String admin = TestTokens.get().staff("PLATFORM_ADMIN");
        for (String id : new String[] {"not-an-id", "12345", "%20", "3f2504e0-4f89-41d3-9a0c-0305e82c330g"}) {
            String path = recordPath().replace("{id}", id);
            TestHttp.Answer answer = http().send("GET", path, admin, null);
            assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().path("code").asString()).isEqualTo("not-found");
        }
    }

    @Test
    void aPageSizeAboveTheCapIsRefusedAndOneAtTheCapServed() {
        Assumptions.assumeTrue(listPath() != null, "the service names no list yet");
        String admin = TestTokens.get().staff("PLATFORM_ADMIN");
        TestHttp.Answer above = http().send("GET", listPath() + "?size=" + (maxPageSize + 1), admin, null,
                "Accept-Language", "en");
        assertThat(above.status()).as(above.body()).isEqualTo(400);
        assertThat(above.contentType()).startsWith("application/problem+json");
        assertThat(above.json().path("errors").get(0).path("field").asString()).isEqualTo("size");
        assertThat(above.json().path("errors").get(0).path("message").asString())
                .contains(Integer.toString(maxPageSize));
        TestHttp.Answer atCap = http().send("GET", listPath() + "?size=" + maxPageSize, admin, null);
        assertThat(atCap.status()).as(atCap.body()).isEqualTo(200);
    }

    @Test
    void anUnknownQueryParameterIsIgnored() {
        Assumptions.assumeTrue(listPath() != null, "the service names no list yet");
        String admin = TestTokens.get().staff("PLATFORM_ADMIN");
        TestHttp.Answer plain = http().send("GET", listPath(), admin, null);
        TestHttp.Answer withUnknown = http().send("GET", listPath() + "?no-such-parameter=1&evil=%3Cscript%3E",
                admin, null);
        assertThat(plain.status()).as(plain.body()).isEqualTo(200);
        assertThat(withUnknown.status()).as(withUnknown.body()).isEqualTo(200);
        assertThat(withUnknown.json().path("total")).isEqualTo(plain.json().path("total"));
    }

    /**
     * Paths that Tomcat or Spring Security's firewall refuse before any controller runs still answer a problem
     * document, in the caller's language, and never Tomcat's HTML page or a stack trace.
     */
    @Test
    void refusesMalformedRawPathsWithAProblemDocument() {
        SoftAssertions.assertSoftly(soft -> RawHttp.REFUSED_PATHS.forEach((name, path) -> {
            RawHttp.Answer answer = RawHttp.get(port, path, "Accept-Language", "en");
            String what = name + " " + path + ": " + answer.status() + " " + answer.contentType() + " " + answer.body();
            soft.assertThat(answer.status()).as(what).isEqualTo(400);
            soft.assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
            soft.assertThat(answer.body()).as(what).contains("\"code\":\"bad-request\"", "\"title\":\"Bad request\"")
                    .doesNotContain("<html", "Exception", "\\tat ", "Tomcat");
        }));
        RawHttp.Answer chinese = RawHttp.get(port, "/api/a%2Fb");
        assertThat(chinese.json().path("title").asString()).isEqualTo("请求无效");
    }
}
