package com.estate.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import com.estate.gateway.GatewayIntegrationTest;
import com.estate.testsupport.RawHttp;

import reactor.core.publisher.Flux;

/**
 * Body size limit (64 KB in the tests), header limits (8 KB of headers, a 4 KB request line), CORS for the tests'
 * app origin, and the security headers.
 */
class EdgeLimitsTest extends GatewayIntegrationTest {

    private static final String APP_ORIGIN = "https://app.estate.test";

    private String token;

    @BeforeEach
    void logIn() {
        token = adminToken();
    }

    @Test
    void aBodyOverTheLimitIs413AndNeverReachesTheService() {
        String path = "/api/complaints/" + UUID.randomUUID();
        var response = client().post().uri(path).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("\"" + "x".repeat(70 * 1024) + "\"")
                .exchange();
        assertProblem(response, HttpStatus.CONTENT_TOO_LARGE, "body-too-large")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("65,536"));
        assertThat(COMPLAINT.request(path)).isNull();
    }

    @Test
    void headersOverTheLimitAre431AndNeverReachTheService() {
        String path = "/api/complaints/" + UUID.randomUUID();
        client().get().uri(path).headers(h -> h.setBearerAuth(token))
                .header("X-Padding", "p".repeat(9 * 1024))
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE);
        assertThat(COMPLAINT.request(path)).isNull();

        // A large but allowed header section still passes (a token with many communities is about 2 KB).
        client().get().uri(path).headers(h -> h.setBearerAuth(token))
                .header("X-Padding", "p".repeat(5 * 1024))
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void aRequestLineOverTheLimitIs414() {
        client().get().uri("/api/complaints?q=" + "q".repeat(5 * 1024)).headers(h -> h.setBearerAuth(token))
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.URI_TOO_LONG);
    }

    /**
     * Paths the gateway refuses before routing (the security firewall, or a URI Spring cannot even parse) answer a
     * 400 problem document like every other refusal, sent verbatim on a socket because HTTP clients normalise them.
     */
    @Test
    void malformedRawPathsAreRefusedWithAProblemDocument() {
        SoftAssertions.assertSoftly(soft -> RawHttp.REFUSED_PATHS.forEach((name, path) -> {
            RawHttp.Answer answer = RawHttp.get(port, path, "Accept-Language", "en",
                    "Authorization", "Bearer " + token);
            String what = name + " " + path + ": " + answer.status() + " " + answer.headers() + " " + answer.body();
            soft.assertThat(answer.status()).as(what).isEqualTo(400);
            soft.assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
            soft.assertThat(answer.body()).as(what)
                    .contains("\"code\":\"bad-request\"", "\"title\":\"Bad request\"", "refused");
        }));
        RawHttp.Answer chinese = RawHttp.get(port, "/api/a%zzb");
        assertThat(chinese.headers().get("content-language")).isEqualTo("zh-CN");
        assertThat(chinese.json().path("title").asString()).isEqualTo("请求无效");
    }

    @Test
    void anOversizedBodyIsRefusedEvenWithoutAToken() {
        assertProblem(client().post().uri("/api/complaints/x").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("\"" + "x".repeat(70 * 1024) + "\"").exchange(),
                HttpStatus.CONTENT_TOO_LARGE, "body-too-large");
    }

    @Test
    void aStreamedBodyWithoutLengthIsCutOffAtTheLimit() {
        String path = "/api/complaints/" + UUID.randomUUID();
        Flux<DataBuffer> chunks = Flux.range(0, 80).map(i -> DefaultDataBufferFactory.sharedInstance
                .wrap("y".repeat(1024).getBytes(StandardCharsets.UTF_8)));
        client().post().uri(path).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(chunks, DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
    }

    @Test
    void aBodyWithinTheLimitPasses() {
        String path = "/api/complaints/" + UUID.randomUUID();
        client().post().uri(path).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("\"" + "x".repeat(10 * 1024) + "\"")
                .exchange()
                .expectStatus().isOk();
        assertThat(COMPLAINT.request(path).body()).hasSize(10 * 1024 + 2);
    }

    @Test
    void aPreflightFromTheAppOriginIsAnsweredWithoutAToken() {
        client().method(HttpMethod.OPTIONS).uri("/api/residents/r-1")
                .header("Origin", APP_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", APP_ORIGIN)
                .expectHeader().value("Access-Control-Allow-Methods", methods -> assertThat(methods).contains("POST"))
                .expectHeader().doesNotExist("Access-Control-Allow-Credentials");
    }

    @Test
    void aPreflightMayAnnounceTheHeadersOfConditionalAndIdempotentRequests() {
        client().method(HttpMethod.OPTIONS).uri("/api/units/u-1")
                .header("Origin", APP_ORIGIN)
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization, content-type, if-match, idempotency-key")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().value("Access-Control-Allow-Headers", allowed -> assertThat(allowed.toLowerCase())
                        .contains("if-match").contains("idempotency-key"));
    }

    @Test
    void anotherOriginIsRefused() {
        client().method(HttpMethod.OPTIONS).uri("/api/residents/r-1")
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist("Access-Control-Allow-Origin");
    }

    @Test
    void aCrossOriginCallFromTheAppSeesTheExposedHeaders() {
        client().get().uri("/api/residents/" + UUID.randomUUID()).headers(h -> h.setBearerAuth(token))
                .header("Origin", APP_ORIGIN)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", APP_ORIGIN)
                .expectHeader().value("Access-Control-Expose-Headers",
                        exposed -> assertThat(exposed).contains("X-Request-Id").contains("Retry-After")
                                .contains("ETag").contains("Idempotent-Replayed"));
    }

    @Test
    void proxiedAndErrorResponsesCarryTheSecurityHeadersButNoHstsOverPlainHttp() {
        client().get().uri("/api/residents/" + UUID.randomUUID()).headers(h -> h.setBearerAuth(token))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader().doesNotExist("Strict-Transport-Security");
        client().get().uri("/api/residents/x").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().doesNotExist("Strict-Transport-Security");
    }
}
