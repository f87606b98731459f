package com.estate.contracts.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ProblemCatalogTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProblemCatalog.class.getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyMessageExistsInBothLanguages() throws IOException {
        assertThat(load("problems_zh_CN.properties").keySet())
                .containsExactlyInAnyOrderElementsOf(load("problems.properties").keySet());
    }

    @Test
    void speaksChineseOrEnglishAndFillsInArguments() {
        assertThat(ProblemCatalog.title("not-found", Locale.SIMPLIFIED_CHINESE)).isEqualTo("未找到");
        assertThat(ProblemCatalog.title("not-found", Locale.US)).isEqualTo("Not found");
        assertThat(ProblemCatalog.detail("not-found", Locale.ENGLISH, "unit", "u-1")).isEqualTo("unit u-1 was not found.");
        assertThat(ProblemCatalog.type("not-found")).hasToString("https://estate.local/problems/not-found");
    }

    @Test
    void anUnknownCodeKeepsItsCodeAsTitleAndHasNoDetail() {
        assertThat(ProblemCatalog.title("no-such-code", Locale.ENGLISH)).isEqualTo("no-such-code");
        assertThat(ProblemCatalog.detail("no-such-code", Locale.ENGLISH)).isNull();
    }
}
