package com.estate.resident.custody;

import static com.estate.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.estate.testsupport.TestHttp.Answer;
import com.estate.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** A community's own custody thresholds: the defaults until set, set with If-Match, applied to later readings. */
class CustodyRulesTest extends CustodyDeskTest {

    private String path() {
        return "/api/communities/" + communityId + "/custody-rules";
    }

    @Test
    void theDefaultsApplyUntilTheCommunitySetsItsOwnWhichLaterReadingsUse() {
        Answer defaults = api.send("GET", path(), agent, null);
        assertThat(defaults.status()).isEqualTo(200);
        assertThat(defaults.header("ETag")).isEqualTo("\"0\"");
        assertThat(defaults.json().path("waterThreshold").asString()).isEqualTo("5");
        assertThat(defaults.json().path("electricityThreshold").asString()).isEqualTo("20");

        Home home = newHome();
        Answer started = started(home);
        String custodyId = started.json().path("id").asString();

        String stricter = "{\"waterThreshold\":\"2.5\",\"electricityThreshold\":\"10\"}";
        assertProblem(api.send("PUT", path(), supervisor, stricter), 428, "precondition-required");
        Answer changed = api.send("PUT", path(), supervisor, stricter, "If-Match", "\"0\"");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"1\"");
        assertThat(changed.json().path("waterThreshold").asString()).isEqualTo("2.5");
        assertProblem(api.send("PUT", path(), supervisor, stricter, "If-Match", "\"0\""), 412,
                "precondition-failed");

        // +3 m³ is within the default but over this community's 2.5
        Answer read = read(custodyId, started.header("ETag"), "103", "2000");
        assertThat(read.json().path("anomalyDetected").asBoolean()).isTrue();
        assertThat(read.json().path("readings").get(0).path("thresholds").path("water").asString()).isEqualTo("2.5");
        // another community keeps the defaults
        String elsewhere = newCommunity();
        assertThat(api.send("GET", "/api/communities/" + elsewhere + "/custody-rules", admin, null).json()
                .path("waterThreshold").asString()).isEqualTo("5");
    }

    @Test
    void thresholdsArePositiveDecimalStringsSetBySupervisorsOfTheCommunity() {
        assertProblem(api.send("PUT", path(), supervisor, "{\"waterThreshold\":\"0\",\"electricityThreshold\":\"10\"}",
                "If-Match", "*"), 400, "validation");
        assertProblem(api.send("PUT", path(), supervisor, "{\"waterThreshold\":\"abc\",\"electricityThreshold\":"
                + "\"10\"}", "If-Match", "*"), 400, "validation");
        assertProblem(api.send("PUT", path(), supervisor, "{\"waterThreshold\":\"5\"}", "If-Match", "*"), 400,
                "validation");
        assertProblem(api.send("PUT", path(), agent, "{\"waterThreshold\":\"3\",\"electricityThreshold\":\"10\"}",
                "If-Match", "\"0\""), 403, "forbidden");
        assertProblem(api.send("PUT", path(), TestTokens.get().staff("CS_SUPERVISOR", newCommunity()),
                "{\"waterThreshold\":\"3\",\"electricityThreshold\":\"10\"}", "If-Match", "\"0\""), 404, "not-found");
        assertProblem(api.send("GET", path(), TestTokens.get().resident("r", communityId, "u"), null), 403,
                "forbidden");
        assertThat(api.send("PUT", path(), TestTokens.get().staff("DIRECTOR", communityId),
                "{\"waterThreshold\":\"6\",\"electricityThreshold\":\"25.5\"}", "If-Match", "\"0\"").status())
                .isEqualTo(200);
    }
}
