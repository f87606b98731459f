package com.estate.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;

class ProblemLanguageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en                         | en",
            "EN-us                      | en",
            "en-GB,en;q=0.8             | en",
            "fr-CH, en;q=0.7, zh;q=0.5  | en",
            "zh;q=0.5, en;q=0.9         | en",
            "zh-CN                      | zh-CN",
            "zh-TW,en;q=0.9             | zh-CN",
            "de, zh;q=0.3, en;q=0.2     | zh-CN",
            "en;q=0, de                 | zh-CN",
            "*                          | zh-CN",
            "fr                         | zh-CN"})
    void picksTheCallersFirstSupportedLanguage(String header, String expected) {
        assertThat(ProblemLanguage.of(headers(header)).toLanguageTag()).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "en;q=x", ";;;", "en-"})
    void noOrAnUnreadableHeaderMeansChinese(String header) {
        assertThat(ProblemLanguage.of(headers(header))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en"})
    void everyHeaderLineCounts(String second) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.ACCEPT_LANGUAGE, "fr");
        headers.add(HttpHeaders.ACCEPT_LANGUAGE, second);
        assertThat(ProblemLanguage.of(headers)).isEqualTo(Locale.ENGLISH);
    }

    private static HttpHeaders headers(String acceptLanguage) {
        HttpHeaders headers = new HttpHeaders();
        if (acceptLanguage != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        }
        return headers;
    }
}
