package com.estate.workorder.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.testsupport.TestHttp;
import com.estate.testsupport.TestTokens;
import com.estate.workorder.WorkOrderTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who sees and does what, endpoint by endpoint: 404 for an order the caller may not see, 403 for another's action. */
class WorkOrderAuthorizationTest extends WorkOrderTest {

    String get(String id, String token) {
        return Integer.toString(api.send("GET", "/api/work-orders/" + id, token, null).status());
    }

    long total(String token, String query) {
        TestHttp.Answer page = expect(200, api.send("GET", "/api/work-orders?communityId=" + communityId + query,
                token, null));
        return page.json().path("total").asLong();
    }

    @Test
    void residentsSeeTheirHouseholdsOrdersOnly() {
        String id = newOrder("plumbing", "漏水");
        String household = resident("r-" + UUID.randomUUID());
        String neighbour = TestTokens.get().resident("r-n", communityId, "u-neighbour");
        assertThat(get(id, household)).isEqualTo("200");
        assertThat(get(id, neighbour)).isEqualTo("404");
        assertThat(total(household, "")).isEqualTo(1);
        assertThat(total(neighbour, "")).isZero();
        assertThat(act(id, "accept-work", neighbour, null).status()).isEqualTo(404);
        assertThat(act(id, "assign", household, null).status()).as("not a resident's action").isEqualTo(403);
    }

    @Test
    void techniciansSeeWhatIsAssignedToThemAndTheirCommunitysPool() {
        String mine = "t-" + UUID.randomUUID();
        String tech = newTechnician(mine, "plumbing");
        String other = newTechnician("t-" + UUID.randomUUID(), "plumbing");
        String assigned = newOrder("plumbing", "堵塞");
        expect(200, act(assigned, "assign", agent, "{\"technicianId\":\"" + mine + "\"}"));
        String pooled = newOrder("plumbing", "水压低");
        expect(200, act(pooled, "pool", agent, null));
        String unassigned = newOrder("plumbing", "滴水");

        assertThat(get(assigned, tech)).isEqualTo("200");
        assertThat(get(pooled, tech)).isEqualTo("200");
        assertThat(get(unassigned, tech)).isEqualTo("404");
        assertThat(get(assigned, other)).isEqualTo("404");
        assertThat(total(tech, "")).isEqualTo(2);
        assertThat(total(other, "")).isEqualTo(1);
        assertThat(act(assigned, "accept", other, """
            {"appointment":{"from":"2026-12-03T09:00:00+08:00","to":"2026-12-03T10:00:00+08:00"}}""").status())
                .isEqualTo(404);
        assertThat(act(assigned, "close", tech, null).status()).as("the desk closes").isEqualTo(403);
        String elsewhere = TestTokens.get().token().subject(mine).roles("TECHNICIAN").communities("c-elsewhere")
                .build();
        assertThat(get(assigned, elsewhere)).isEqualTo("404");
    }

    @Test
    void staffSeeOnlyTheirCommunities() {
        String id = newOrder("plumbing", "漏水");
        String otherAgent = TestTokens.get().staff("CS_AGENT", "c-elsewhere");
        assertThat(get(id, otherAgent)).isEqualTo("404");
        assertThat(api.send("GET", "/api/work-orders?communityId=" + communityId, otherAgent, null).status())
                .isEqualTo(404);
        assertThat(act(id, "pool", otherAgent, null).status()).isEqualTo(404);
        assertThat(get(id, TestTokens.get().staff("FINANCE", communityId))).isEqualTo("403");
        assertThat(get(id, TestTokens.get().staff("DIRECTOR", communityId))).isEqualTo("200");
        assertThat(api.send("GET", "/api/work-orders/overdue?communityId=" + communityId, resident("r-x"), null)
                .status()).isEqualTo(403);
    }

    @Test
    void supervisorsKeepTechniciansPriceListsAndCategoriesAndAgentsDoNot() {
        String profile = "{\"name\":\"李师傅\",\"skills\":[\"leak\"],\"communities\":[\"" + communityId + "\"]}";
        assertThat(api.send("PUT", "/api/work-orders/technicians/t-" + UUID.randomUUID(), agent, profile,
                "If-Match", "\"0\"").status()).isEqualTo(403);
        String foreign = "{\"name\":\"李师傅\",\"skills\":[\"leak\"],\"communities\":[\"c-elsewhere\"]}";
        assertThat(api.send("PUT", "/api/work-orders/technicians/t-" + UUID.randomUUID(), supervisor, foreign,
                "If-Match", "\"0\"").status()).isEqualTo(404);
        var prices = expect(200, api.send("GET", "/api/work-orders/price-list?communityId=" + communityId, agent,
                null));
        assertThat(prices.json().path("items").get(0).path("price").asString()).isEqualTo("30.00");
        assertThat(api.send("PUT", "/api/work-orders/price-list?communityId=" + communityId, agent, prices.body(),
                "If-Match", prices.header("ETag")).status()).isEqualTo(403);
        var changed = expect(200, api.send("PUT", "/api/work-orders/price-list?communityId=" + communityId,
                supervisor, prices.body().replace("\"30.00\"", "\"35.00\""), "If-Match", prices.header("ETag")));
        assertThat(changed.header("ETag")).isEqualTo("\"1\"");
        assertThat(changed.json().path("items").get(0).path("price").asString()).isEqualTo("35.00");
        assertThat(api.send("GET", "/api/work-orders/price-list?communityId=c-elsewhere", agent, null).status())
                .isEqualTo(404);
    }

    @Test
    void noFieldOfTheOrderCanBeSetBeyondWhatTheActionTakes() {
        String id = newOrder("plumbing", "漏水");
        var pooled = expect(200, act(id, "pool", agent,
                "{\"status\":\"CLOSED\",\"assigneeId\":\"t-evil\",\"warranty\":{\"coverage\":\"FREE\"}}")).json();
        assertThat(pooled.path("status").asString()).isEqualTo("OPEN");
        assertThat(pooled.path("assigneeId").isMissingNode() || pooled.path("assigneeId").isNull()).isTrue();
        var intake = expect(201, api.send("POST", "/api/work-orders", resident("r-" + UUID.randomUUID()), """
            {"communityId":"%s","unitId":"%s","category":"leak","description":"漏水","status":"CLOSED",
             "channel":"FRONT_DESK","requesterId":"someone-else"}""".formatted(communityId, unitId),
                "Idempotency-Key", key())).json();
        assertThat(intake.path("status").asString()).isEqualTo("OPEN");
        assertThat(intake.path("channel").asString()).isEqualTo("RESIDENT_APP");
        assertThat(intake.path("requesterKind").asString()).isEqualTo("RESIDENT");
    }
}
