package com.estate.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.contracts.problems.ProblemCatalog;
import com.estate.platform.testapp.PlatformTestApp;
import com.estate.testsupport.TestHttp;
import com.estate.testsupport.TestHttp.Answer;
import com.estate.testsupport.TestTokens;
import com.estate.testsupport.WithSharedInfrastructure;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One rule for the language of every problem a service answers, written by MVC or by a filter before MVC runs
 * (401, 413): Chinese unless English is asked for, as at the gateway.
 */
@SpringBootTest(classes = PlatformTestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "app.web.max-body-size=1KB")
@WithSharedInfrastructure
class ProblemLanguageTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "Accept-Language \"{0}\" -> {1}")
    @CsvSource({"fr, zh-CN", "en-US, en", "zh-TW, zh-CN", "'', zh-CN", "'fr, en;q=0.5', en", "'de, zh;q=0.9, en;q=0.8', zh-CN"})
    void everyProblemIsInChineseUnlessEnglishIsAskedFor(String acceptLanguage, String expected) {
        Locale locale = Locale.forLanguageTag(expected);
        TestHttp http = new TestHttp(port);
        String agent = TestTokens.get().staff("CS_AGENT", "c-1");
        String[] header = acceptLanguage.isEmpty() ? new String[0] : new String[] {"Accept-Language", acceptLanguage};

        assertTitle(http.send("POST", "/api/samples", agent, "{\"name\":\"\"}", header), 400, "validation", locale);
        assertTitle(http.send("GET", "/api/samples/" + UUID.randomUUID(), null, null, header), 401, "unauthorized",
                locale);
        assertTitle(http.send("GET", "/api/samples/" + UUID.randomUUID(), agent, null, header), 404, "not-found",
                locale);
        assertTitle(http.send("POST", "/api/samples", agent, "{\"name\":\"" + "x".repeat(2048) + "\"}", header), 413,
                "body-too-large", locale);
    }

    private static void assertTitle(Answer answer, int status, String code, Locale locale) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.json().path("code").asString()).isEqualTo(code);
        assertThat(answer.json().path("title").asString()).as(code).isEqualTo(ProblemCatalog.title(code, locale));
    }
}
