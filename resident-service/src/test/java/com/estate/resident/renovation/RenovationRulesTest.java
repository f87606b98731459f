package com.estate.resident.renovation;

import static com.estate.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.estate.resident.DeskTest;
import com.estate.testsupport.TestHttp.Answer;
import com.estate.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** A community's renovation rules as a sub-resource: defaults until changed, changes with If-Match. */
class RenovationRulesTest extends DeskTest {

    private static final String SATURDAYS = """
            {"workingHours":[{"days":["SATURDAY"],"from":"09:00","to":"11:30"}],
             "prohibitions":["禁止夜间施工"],"wasteFee":{"basis":"FLAT","amount":"300.00"}}""";

    private String path() {
        return "/api/communities/" + communityId + "/renovation-rules";
    }

    @Test
    void theDefaultsApplyUntilASupervisorChangesThemWithTheEtagTheyRead() {
        Answer defaults = api.send("GET", path(), agent, null);
        assertThat(defaults.status()).as(defaults.body()).isEqualTo(200);
        assertThat(defaults.header("ETag")).isEqualTo("\"0\"");
        assertThat(defaults.json().path("workingHours").get(0).path("days").get(0).asString()).isEqualTo("MONDAY");
        assertThat(defaults.json().path("workingHours").get(1).path("from").asString()).isEqualTo("14:00");
        assertThat(defaults.json().path("wasteFee").path("basis").asString()).isEqualTo("PER_SQUARE_METRE");
        assertThat(defaults.json().path("wasteFee").path("amount").asString()).isEqualTo("3.00");
        assertThat(defaults.json().path("wasteFee").path("currency").asString()).isEqualTo("CNY");

        assertProblem(api.send("PUT", path(), supervisor, SATURDAYS), 428, "precondition-required");
        Answer changed = api.send("PUT", path(), supervisor, SATURDAYS, "If-Match", "\"0\"");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"1\"");
        assertThat(changed.json().path("workingHours").get(0).path("to").asString()).isEqualTo("11:30");
        assertProblem(api.send("PUT", path(), supervisor, SATURDAYS, "If-Match", "\"0\""), 412, "precondition-failed");
        Answer again = api.send("PUT", path(), supervisor, SATURDAYS.replace("300.00", "250.00"), "If-Match", "\"1\"");
        assertThat(again.header("ETag")).isEqualTo("\"2\"");
        Answer read = api.send("GET", path(), TestTokens.get().resident("r-1", communityId, "u-1"), null);
        assertThat(read.json().path("wasteFee").path("amount").asString()).isEqualTo("250.00");
    }

    @Test
    void invalidRulesAreExplained() {
        assertProblem(api.send("PUT", path(), supervisor, SATURDAYS.replace("11:30", "08:00"), "If-Match", "*"), 400,
                "validation");
        assertProblem(api.send("PUT", path(), supervisor, SATURDAYS.replace("SATURDAY", "SABBATH"), "If-Match", "*"),
                400, "validation");
        assertProblem(api.send("PUT", path(), supervisor, SATURDAYS.replace("300.00", "-1.00"), "If-Match", "*"), 400,
                "validation");
        assertProblem(api.send("PUT", path(), supervisor, SATURDAYS.replace("300.00", "1.005"), "If-Match", "*"), 400,
                "validation");
        assertProblem(api.send("PUT", path(), supervisor, "{\"workingHours\":[]}", "If-Match", "*"), 400,
                "validation");
    }

    @Test
    void onlySupervisorsOfTheCommunityChangeThem() {
        assertProblem(api.send("PUT", path(), agent, SATURDAYS, "If-Match", "*"), 403, "forbidden");
        assertProblem(api.send("PUT", path(), TestTokens.get().staff("CS_SUPERVISOR", "another-community"), SATURDAYS,
                "If-Match", "*"), 404, "not-found");
        assertProblem(api.send("GET", path(), TestTokens.get().staff("CS_AGENT", "another-community"), null), 404,
                "not-found");
    }
}
