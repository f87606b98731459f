package com.estate.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.testsupport.TestHttp.Answer;
import tools.jackson.databind.JsonNode;

/** What every error answer of the suite must be: an RFC 9457 problem with its stable type and code, no internals. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    public static void assertProblem(Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode body = answer.json();
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("code").asString()).isEqualTo(code);
        assertThat(body.path("type").asString()).isEqualTo("https://estate.local/problems/" + code);
        assertThat(body.path("title").asString()).isNotBlank();
        assertThat(body.path("detail").asString()).isNotBlank().doesNotContain("{0}", "{1}");
        assertThat(answer.body()).doesNotContain("Exception", "\tat ", "com.estate", "tools.jackson");
    }
}
