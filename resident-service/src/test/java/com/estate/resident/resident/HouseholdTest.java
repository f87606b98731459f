package com.estate.resident.resident;

import static com.estate.resident.resident.ResidentRegistrationTest.newIdNumber;
import static com.estate.resident.resident.ResidentRegistrationTest.newPhone;
import static com.estate.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.estate.resident.DeskTest;
import com.estate.testsupport.Scenario;
import com.estate.testsupport.TestHttp.Answer;
import com.estate.testsupport.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Households beyond one registration: companies, the same person for a second unit, co-owners, ownership transfers
 * with their history, and the resident events the gateway logs residents in by.
 */
class HouseholdTest extends DeskTest {

    private static final String REGISTERED = "com.estate.resident.resident.registered.v1";
    private static final String MOVED_OUT = "com.estate.resident.resident.moved-out.v1";

    record Registered(String residentId, String communityId, List<String> unitIds, String relation, long residentVersion) {
    }

    record MovedOut(String residentId, List<String> unitIds, long residentVersion) {
    }

    private String unit(String number) {
        return newUnit(communityId, "8", number + "-" + UUID.randomUUID().toString().substring(0, 6));
    }

    private static String person(String community, String idNumber, String relation, String since, String unitId) {
        return """
                {"communityId":"%s","kind":"PERSON","name":"张伟","phone":"%s",
                 "identityDocument":{"type":"MAINLAND_ID","number":"%s"},"unitIds":["%s"],"relation":"%s",
                 "since":"%s"}""".formatted(community, newPhone(), idNumber, unitId, relation, since);
    }

    private Answer register(String body) {
        return api.send("POST", "/api/residents", agent, body, "Idempotency-Key", UUID.randomUUID().toString());
    }

    private String registered(String body) {
        Answer created = register(body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    /** Someone new registered for the unit, as {@code relation} since {@code since}. */
    private String living(String relation, String since, String unitId) {
        return registered(person(communityId, newIdNumber(), relation, since, unitId));
    }

    private List<Map.Entry<String, String>> members(String unitId, boolean history) {
        JsonNode members = api.send("GET", "/api/units/" + unitId + "/household" + (history ? "?history=true" : ""),
                agent, null).json().path("members");
        List<Map.Entry<String, String>> out = new ArrayList<>();
        StreamSupport.stream(members.spliterator(), false).forEach(member -> out.add(Map.entry(
                member.path("residentId").asString(), member.path("relation").asString()
                        + (member.path("until").isNull() ? "" : " until " + member.path("until").asString()))));
        return out;
    }

    @Test
    void thePersonRegisteredForASecondUnitKeepsOneRecordAndLogsInWithBoth() {
        String first = unit("1");
        String second = unit("2");
        String idNumber = newIdNumber();
        String residentId = registered(person(communityId, idNumber, "OWNER", "2025-06-01", first));

        AtomicReference<Answer> again = new AtomicReference<>();
        var event = new Scenario(kafka)
                .stimulate(() -> again.set(register(person(communityId, idNumber.toLowerCase(), "TENANT",
                        "2026-01-01", second))))
                .andWaitForEvent("resident.events", REGISTERED, Registered.class)
                .matching(registered -> registered.residentId().equals(residentId))
                .toArrive();

        assertThat(again.get().status()).as(again.get().body()).isEqualTo(200);
        assertThat(again.get().header("Location")).isEqualTo("/api/residents/" + residentId);
        assertThat(again.get().header("ETag")).isEqualTo("\"2\"");
        // the gateway adds the units of a newer registration to those the resident logs in with
        assertThat(event.data()).isEqualTo(new Registered(residentId, communityId, List.of(second), "TENANT", 2));
        JsonNode resident = api.send("GET", "/api/residents/" + residentId, agent, null).json();
        assertThat(resident.path("residences")).extracting(r -> r.path("unitId").asString())
                .containsExactly(first, second);
        assertThat(members(second, false)).containsExactly(Map.entry(residentId, "TENANT"));
        // registered there already: no second residence
        assertProblem(register(person(communityId, idNumber, "OWNER", "2026-01-01", second)), 409,
                "resident-exists");
        // a resident of both units sees both households
        String token = TestTokens.get().resident(residentId, communityId, first, second);
        assertThat(api.send("GET", "/api/units/" + second + "/household", token, null).status()).isEqualTo(200);
    }

    @Test
    void coOwnersFamilyAndTenantsShareAUnitAndCompaniesAreCheckedByTheirCreditCode() {
        String unitId = unit("3");
        String owner = living("OWNER", "2025-06-01", unitId);
        String coOwner = living("OWNER", "2025-06-01", unitId);
        String member = living("HOUSEHOLD_MEMBER", "2025-06-01", unitId);
        String company = """
                {"communityId":"%s","kind":"COMPANY","name":"深圳市某某科技有限公司","phone":"%s",
                 "creditCode":"%s","unitIds":["%s"],"relation":"TENANT"}""";
        Answer tenant = register(company.formatted(communityId, newPhone(), "9144030071526726xg", unitId));
        assertThat(tenant.status()).as(tenant.body()).isEqualTo(201);
        // the code is public registry data: shown whole, in capitals
        assertThat(tenant.json().path("creditCode").asString()).isEqualTo("9144030071526726XG");

        // owners first, then tenants, then household members
        assertThat(members(unitId, false)).extracting(Map.Entry::getValue)
                .containsExactly("OWNER", "OWNER", "TENANT", "HOUSEHOLD_MEMBER");
        assertThat(members(unitId, false)).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder(owner, coOwner, tenant.json().path("id").asString(), member);
        Answer wrong = register(company.formatted(communityId, newPhone(), "9144030071526726XA", unitId));
        assertProblem(wrong, 400, "validation");
        assertThat(wrong.json().path("errors").get(0).path("field").asString()).isEqualTo("creditCode");
    }

    @Test
    void aTenancyRunsFromItsStartToTheLeasesEnd() {
        String unitId = unit("7");
        String lease = person(communityId, newIdNumber(), "TENANT", "2026-06-01", unitId)
                .replace("\"since\"", "\"leaseEndsOn\":\"2027-05-31\",\"since\"");
        String tenant = registered(lease);

        JsonNode member = api.send("GET", "/api/units/" + unitId + "/household", agent, null).json()
                .path("members").get(0);
        assertThat(member.path("residentId").asString()).isEqualTo(tenant);
        assertThat(member.path("since").asString()).isEqualTo("2026-06-01");
        assertThat(member.path("leaseEndsOn").asString()).isEqualTo("2027-05-31");
        assertProblem(register(person(communityId, newIdNumber(), "TENANT", "2026-06-01", unitId)
                .replace("\"since\"", "\"leaseEndsOn\":\"2026-05-31\",\"since\"")), 422,
                "lease-ends-before-start");
        assertProblem(register(person(communityId, newIdNumber(), "OWNER", "2026-06-01", unitId)
                .replace("\"since\"", "\"leaseEndsOn\":\"2027-05-31\",\"since\"")), 400, "validation");
    }

    @Test
    void anOwnershipTransferEndsTheOldHouseholdKeepsTheTenantAndKeepsTheHistory() {
        String unitId = unit("4");
        String seller = living("OWNER", "2024-03-01", unitId);
        String family = living("HOUSEHOLD_MEMBER", "2024-03-01", unitId);
        String tenant = living("TENANT", "2025-01-01", unitId);
        String buyerId = newIdNumber();
        String path = "/api/units/" + unitId + "/ownership-transfers";
        String body = """
                {"on":"2026-11-20","newOwners":[{"kind":"PERSON","name":"赵敏","phone":"%s",
                 "identityDocument":{"type":"MAINLAND_ID","number":"%s"}}]}""".formatted(newPhone(), buyerId);

        AtomicReference<Answer> answer = new AtomicReference<>();
        var movedOut = new Scenario(kafka)
                .stimulate(() -> answer.set(api.send("POST", path, agent, body, "Idempotency-Key",
                        UUID.randomUUID().toString())))
                .andWaitForEvent("resident.events", MOVED_OUT, MovedOut.class)
                .matching(event -> event.residentId().equals(seller))
                .toArrive();

        Answer transfer = answer.get();
        assertThat(transfer.status()).as(transfer.body()).isEqualTo(201);
        assertThat(movedOut.data()).isEqualTo(new MovedOut(seller, List.of(unitId), 2));
        String buyer = transfer.json().path("newOwnerIds").get(0).asString();
        assertThat(transfer.json().path("previousOwnerIds")).extracting(JsonNode::asString).containsExactly(seller);
        assertThat(transfer.json().path("endedResidentIds")).extracting(JsonNode::asString)
                .containsExactlyInAnyOrder(seller, family);

        assertThat(members(unitId, false)).containsExactly(Map.entry(buyer, "OWNER"), Map.entry(tenant, "TENANT"));
        assertThat(members(unitId, true)).contains(Map.entry(seller, "OWNER until 2026-11-20"),
                Map.entry(family, "HOUSEHOLD_MEMBER until 2026-11-20"));
        JsonNode buyerRecord = api.send("GET", "/api/residents/" + buyer, agent, null).json();
        assertThat(buyerRecord.path("residences").get(0).path("since").asString()).isEqualTo("2026-11-20");

        // the buyer sells on to the tenant, who is found by id and becomes the owner
        Answer onward = api.send("POST", path, agent, "{\"on\":\"2026-11-25\",\"newOwners\":[{\"residentId\":\""
                + tenant + "\"}]}");
        assertThat(onward.status()).as(onward.body()).isEqualTo(201);
        assertThat(members(unitId, false)).containsExactly(Map.entry(tenant, "OWNER"));
        assertThat(members(unitId, true)).contains(Map.entry(tenant, "TENANT until 2026-11-25"),
                Map.entry(buyer, "OWNER until 2026-11-25"));
    }

    @Test
    void transfersAreTheDesksAndFollowTheHistory() {
        String unitId = unit("5");
        String owner = living("OWNER", "2024-03-01", unitId);
        String path = "/api/units/" + unitId + "/ownership-transfers";
        String toOwner = "{\"newOwners\":[{\"residentId\":\"" + owner + "\"}]}";

        assertProblem(api.send("POST", path, agent, toOwner), 422, "transfer-unchanged");
        assertProblem(api.send("POST", path, agent, "{\"on\":\"2999-01-01\",\"newOwners\":[{\"residentId\":\""
                + UUID.randomUUID() + "\"}]}"), 404, "not-found");
        String other = living("OWNER", "2024-03-01", unit("6"));
        assertProblem(api.send("POST", path, agent, "{\"on\":\"2999-01-01\",\"newOwners\":[{\"residentId\":\""
                + other + "\"}]}"), 422, "transfer-in-future");
        assertProblem(api.send("POST", path, agent, "{\"on\":\"2020-01-01\",\"newOwners\":[{\"residentId\":\""
                + other + "\"}]}"), 422, "transfer-before-move-in");
        assertProblem(api.send("POST", path, agent, "{\"newOwners\":[]}"), 400, "validation");
        assertProblem(api.send("POST", path, agent, "{\"newOwners\":[{\"residentId\":\"" + other
                + "\",\"name\":\"x\"}]}"), 400, "validation");
        assertProblem(api.send("POST", path, agent, "{\"newOwners\":[{\"residentId\":\"" + other + "\"},"
                + "{\"residentId\":\"" + other + "\"}]}"), 400, "validation");
        assertProblem(api.send("POST", path, TestTokens.get().resident(owner, communityId, unitId), toOwner), 403,
                "forbidden");
        assertProblem(api.send("POST", path, TestTokens.get().staff("CS_AGENT", newCommunity()), toOwner), 404,
                "not-found");
        assertThat(members(unitId, false)).containsExactly(Map.entry(owner, "OWNER"));
    }
}
