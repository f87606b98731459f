package com.estate.resident.custody;

import static com.estate.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.estate.testsupport.TestHttp.Answer;
import com.estate.testsupport.TestTokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Who may see and change custody records: their household, their community's staff, the right roles. */
class CustodyAccessTest extends CustodyDeskTest {

    @Test
    void theHouseholdSeesItsOwnCustodyAndNobodyElsesWhileStaffSeeTheirCommunitysOnly() {
        Home home = newHome();
        Home neighbour = newHome();
        String custodyId = started(home).json().path("id").asString();
        String neighbours = started(neighbour).json().path("id").asString();
        String path = "/api/custody/" + custodyId;

        String owner = TestTokens.get().resident(home.ownerId(), communityId, home.unitId());
        Answer own = api.send("GET", path, owner, null);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.header("ETag")).isEqualTo("\"1\"");
        String other = TestTokens.get().resident(neighbour.ownerId(), communityId, neighbour.unitId());
        assertProblem(api.send("GET", path, other, null), 404, "not-found");
        assertProblem(api.send("GET", path, TestTokens.get().staff("CS_AGENT", newCommunity()), null), 404,
                "not-found");
        assertProblem(api.send("GET", "/api/custody/" + UUID.randomUUID(), agent, null), 404, "not-found");
        assertProblem(api.send("GET", "/api/custody/not-an-id", agent, null), 404, "not-found");

        // the community's list: staff see both, a resident only their own, staff elsewhere nothing
        JsonNode all = api.send("GET", "/api/communities/" + communityId + "/custody?status=ACTIVE&size=10", agent,
                null).json();
        assertThat(all.path("items")).extracting(item -> item.path("id").asString())
                .containsExactlyInAnyOrder(custodyId, neighbours);
        assertThat(all.path("total").asLong()).isEqualTo(2);
        JsonNode mine = api.send("GET", "/api/communities/" + communityId + "/custody", owner, null).json();
        assertThat(mine.path("items")).extracting(item -> item.path("id").asString()).containsExactly(custodyId);
        assertProblem(api.send("GET", "/api/communities/" + communityId + "/custody",
                TestTokens.get().staff("CS_AGENT", newCommunity()), null), 404, "not-found");
        assertProblem(api.send("GET", "/api/communities/" + communityId + "/custody?size=1000", agent, null), 400,
                "validation");
        assertProblem(api.send("GET", "/api/communities/" + communityId + "/custody?sort=ownerResidentId", agent,
                null), 400, "validation");
        assertProblem(api.send("GET", "/api/communities/" + communityId + "/custody?status=SOMETIMES", agent, null),
                400, "type-mismatch");
        assertThat(api.send("GET", "/api/communities/" + communityId + "/custody?status=ENDED", agent, null).json()
                .path("items")).isEmpty();
    }

    @Test
    void onlyTheDeskStartsAndEndsCustodyAndResidentsChangeNothing() {
        Home home = newHome();
        String owner = TestTokens.get().resident(home.ownerId(), communityId, home.unitId());
        String body = startBody(home, "1", "1");

        assertProblem(api.send("POST", "/api/custody", owner, body), 403, "forbidden");
        assertProblem(api.send("POST", "/api/custody", TestTokens.get().staff("FINANCE", communityId), body), 403,
                "forbidden");
        assertProblem(api.send("POST", "/api/custody", TestTokens.get().staff("TECHNICIAN", communityId), body), 403,
                "forbidden");
        assertProblem(api.send("POST", "/api/custody", TestTokens.get().staff("CS_AGENT", newCommunity()), body),
                404, "not-found");

        Answer started = started(home);
        String custodyId = started.json().path("id").asString();
        String etag = started.header("ETag");
        assertProblem(api.send("POST", "/api/custody/" + custodyId + "/readings", owner,
                "{\"water\":\"2\",\"electricity\":\"2\"}", "If-Match", etag), 403, "forbidden");
        assertProblem(api.send("POST", "/api/custody/" + custodyId + "/end", owner, "{}", "If-Match", etag), 403,
                "forbidden");
        assertProblem(api.send("POST", "/api/custody/" + custodyId + "/end",
                TestTokens.get().staff("TECHNICIAN", communityId), "{}", "If-Match", etag), 403, "forbidden");
        assertProblem(api.send("POST", "/api/custody/" + custodyId + "/end",
                TestTokens.get().staff("CS_AGENT", newCommunity()), "{}", "If-Match", etag), 404, "not-found");
        // maintenance reads meters
        Answer read = api.send("POST", "/api/custody/" + custodyId + "/readings",
                TestTokens.get().staff("TECHNICIAN", communityId), "{\"water\":\"101\",\"electricity\":\"2001\"}",
                "If-Match", etag);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().path("readings").get(0).path("recordedBy").asString()).isNotBlank();
    }

    @Test
    void theSameIdempotencyKeyStartsCustodyOnce() {
        Home home = newHome();
        String key = UUID.randomUUID().toString();
        String body = startBody(home, "1", "1");

        Answer first = api.send("POST", "/api/custody", agent, body, "Idempotency-Key", key);
        Answer again = api.send("POST", "/api/custody", agent, body, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
    }
}
