package com.estate.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.estate.contracts.problems.ProblemCatalog;

/** Every problem the gateway can answer has its texts in the shared catalog, in both languages. */
class ProblemKindTest {

    private static final Locale[] LANGUAGES = {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH};

    @ParameterizedTest
    @EnumSource(ProblemKind.class)
    void theCatalogHasATitleAndADetailInBothLanguages(ProblemKind kind) {
        assertThat(kind.code()).matches("[a-z]+(-[a-z]+)*");
        assertThat(kind.type()).hasToString("https://estate.local/problems/" + kind.code());
        for (Locale language : LANGUAGES) {
            assertThat(kind.title(language)).as("%s title in %s", kind, language).isNotEqualTo(kind.code());
            assertThat(ProblemCatalog.message(kind.detailKey(), language, "x"))
                    .as("%s detail in %s", kind, language).isNotBlank();
        }
        assertThat(kind.title(Locale.SIMPLIFIED_CHINESE)).isNotEqualTo(kind.title(Locale.ENGLISH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"problem.not-found.detail.path", "problem.unauthorized.detail.token-rejected",
            "problem.unavailable.detail.service", "problem.bad-gateway.detail.service",
            "problem.gateway-timeout.detail.service", "problem.duplicate.detail.username",
            "problem.not-found.detail.staff-account"})
    void theDetailVariantsTheGatewayUsesExistInBothLanguages(String key) {
        for (Locale language : LANGUAGES) {
            assertThat(ProblemCatalog.message(key, language, "resident-service")).as("%s in %s", key, language)
                    .isNotBlank()
                    .doesNotContain("{");
        }
    }
}
