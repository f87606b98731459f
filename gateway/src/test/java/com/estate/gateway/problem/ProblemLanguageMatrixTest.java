package com.estate.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.estate.contracts.problems.ProblemCatalog;
import com.estate.gateway.GatewayIntegrationTest;

/**
 * The gateway answers every problem in the language the services use for the same request (infra/platform's
 * ProblemLanguageTest sends the same headers): Chinese unless English is asked for.
 */
class ProblemLanguageMatrixTest extends GatewayIntegrationTest {

    @ParameterizedTest(name = "Accept-Language \"{0}\" -> {1}")
    @CsvSource({"fr, zh-CN", "en-US, en", "zh-TW, zh-CN", "'', zh-CN", "'fr, en;q=0.5', en", "'de, zh;q=0.9, en;q=0.8', zh-CN"})
    void everyProblemIsInChineseUnlessEnglishIsAskedFor(String acceptLanguage, String expected) {
        Locale locale = Locale.forLanguageTag(expected);
        String token = adminToken();

        assertTitle(client().post().uri("/auth/login").headers(h -> language(h, acceptLanguage))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{not json").exchange(), 400, "malformed-json", locale);
        assertTitle(client().get().uri("/api/complaints/" + UUID.randomUUID()).headers(h -> language(h, acceptLanguage))
                .exchange(), 401, "unauthorized", locale);
        assertTitle(client().get().uri("/auth/admin/users/no-such-id").headers(h -> {
            h.setBearerAuth(token);
            language(h, acceptLanguage);
        }).exchange(), 404, "not-found", locale);
        assertTitle(client().post().uri("/api/complaints/" + UUID.randomUUID()).headers(h -> {
            h.setBearerAuth(token);
            language(h, acceptLanguage);
        }).contentType(MediaType.APPLICATION_JSON).bodyValue("\"" + "x".repeat(70 * 1024) + "\"").exchange(), 413,
                "body-too-large", locale);
    }

    private static void language(HttpHeaders headers, String acceptLanguage) {
        if (!acceptLanguage.isEmpty()) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        }
    }

    private static void assertTitle(WebTestClient.ResponseSpec response, int status, String code, Locale locale) {
        response.expectStatus().isEqualTo(status)
                .expectBody()
                .jsonPath("$.code").isEqualTo(code)
                .jsonPath("$.title").value(String.class,
                        title -> assertThat(title).as(code).isEqualTo(ProblemCatalog.title(code, locale)));
    }
}
