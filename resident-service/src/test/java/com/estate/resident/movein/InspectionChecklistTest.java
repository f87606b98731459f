package com.estate.resident.movein;

import static com.estate.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.estate.resident.DeskTest;
import com.estate.testsupport.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A community's house-inspection checklist: the standard one at first, then the supervisors' own. */
class InspectionChecklistTest extends DeskTest {

    private static final String OWN = """
            {"rooms":[{"code":"studio","name":"开间","items":[{"code":"walls","name":"墙面"},
                                                             {"code":"floor-heating","name":"地暖"}]}]}""";

    private String path() {
        return "/api/communities/" + communityId + "/inspection-checklist";
    }

    @Test
    void aCommunityStartsWithTheStandardChecklistAndSupervisorsReplaceIt() {
        var standard = api.send("GET", path(), agent, null);
        assertThat(standard.status()).isEqualTo(200);
        assertThat(standard.header("ETag")).isEqualTo("\"0\"");
        assertThat(standard.json().path("rooms").get(0).path("code").asString()).isEqualTo("entrance");

        assertThat(api.send("PUT", path(), agent, OWN, "If-Match", "\"0\"").status()).as("supervisors only")
                .isEqualTo(403);
        assertProblem(api.send("PUT", path(), supervisor, OWN), 428, "precondition-required");
        var replaced = api.send("PUT", path(), supervisor, OWN, "If-Match", "\"0\"");
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.header("ETag")).isEqualTo("\"1\"");
        assertProblem(api.send("PUT", path(), supervisor, OWN, "If-Match", "\"0\""), 412, "precondition-failed");
        var read = api.send("GET", path(), agent, null);
        assertThat(read.json().path("rooms").get(0).path("items").get(1).path("code").asString())
                .isEqualTo("floor-heating");
    }

    @Test
    void supervisorsChangingTheStandardChecklistAtOnceNeverOverwriteEachOther() throws Exception {
        // CommunitySettings: the first own value is an insert; the loser of the race is told to read again (412)
        int supervisors = 8;
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(supervisors)) {
            var answers = IntStream.range(0, supervisors).mapToObj(i -> pool.submit(() -> {
                start.await();
                return api.send("PUT", path(), supervisor, OWN, "If-Match", "\"0\"").status();
            })).toList();
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnly(200, 412).filteredOn(status -> status == 200).hasSize(1);
        }
        assertThat(api.send("GET", path(), agent, null).header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void aChecklistWithoutItemsOrWithDoubleCodesIsRefused() {
        assertProblem(api.send("PUT", path(), supervisor, "{\"rooms\":[{\"code\":\"a\",\"name\":\"A\",\"items\":[]}]}",
                "If-Match", "*"), 400, "validation");
        assertProblem(api.send("PUT", path(), supervisor, """
                {"rooms":[{"code":"a","name":"A","items":[{"code":"x","name":"X"},{"code":"x","name":"Y"}]}]}""",
                "If-Match", "*"), 400, "validation");
        assertProblem(api.send("PUT", path(), supervisor, "{\"rooms\":[]}", "If-Match", "*"), 400, "validation");
    }

    @Test
    void anotherCommunitysStaffSeeNothing() {
        String elsewhere = TestTokens.get().staff("CS_SUPERVISOR", newCommunity());
        assertProblem(api.send("GET", path(), elsewhere, null), 404, "not-found");
        assertProblem(api.send("PUT", path(), elsewhere, OWN, "If-Match", "*"), 404, "not-found");
    }
}
