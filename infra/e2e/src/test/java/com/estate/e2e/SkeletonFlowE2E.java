package com.estate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The walking skeleton through the running suite, gateway only, real tokens: an administrator registers a
 * community and a unit in the resident-service, and the billing-service opens the unit's account from the
 * event, so the journey crosses the gateway, two services and Kafka. Plus the edge's answers to a missing
 * token, a forged token and malformed JSON.
 */
class SkeletonFlowE2E {

    private static final Duration ACCOUNT_TIMEOUT = Duration.ofSeconds(30);
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM_TYPES = "https://estate.local/problems/";

    private static Gateway gateway;
    private static String adminToken;

    @BeforeAll
    static void logIn() {
        E2eSettings settings = E2eSettings.fromSystemProperties();
        gateway = new Gateway(settings.gateway());
        adminToken = gateway.login("admin", settings.adminPassword());
    }

    @Test
    void registeringAUnitOpensItsBillingAccount() throws InterruptedException {
        String communityId = createCommunity("E2E Skeleton " + UUID.randomUUID());
        String unitId = createUnit(communityId);

        JsonNode account = awaitAccountOf(unitId);

        assertThat(account.path("unitId").asString()).isEqualTo(unitId);
        assertThat(account.path("communityId").asString()).isEqualTo(communityId);
        assertThat(account.path("balance").isString()).as("money is a decimal string: %s", account).isTrue();
        assertThat(account.path("balance").asString()).isEqualTo("0.00");
        assertThat(account.path("currency").asString()).isEqualTo("CNY");
    }

    @Test
    void billingAccountsWithoutATokenAnswer401Problem() {
        Reply reply = gateway.get("/api/billing/accounts?unitId=" + UUID.randomUUID(), null);

        assertUnauthorizedProblem(reply);
    }

    @Test
    void aTokenSignedWithAForeignKeyIsRejected() {
        String forged = ForgedTokens.signedWithForeignKey(adminToken);

        Reply create = gateway.postJson("/api/communities", communityJson("E2E Forged " + UUID.randomUUID()), forged);
        Reply read = gateway.get("/api/billing/accounts?unitId=" + UUID.randomUUID(), forged);

        assertUnauthorizedProblem(create);
        assertThat(create.wwwAuthenticate()).as("%s", create).contains("invalid_token");
        assertUnauthorizedProblem(read);
    }

    @Test
    void aTokenWithTamperedClaimsIsRejected() {
        String tampered = ForgedTokens.withTamperedClaims(adminToken);

        Reply reply = gateway.postJson("/api/communities", communityJson("E2E Tampered " + UUID.randomUUID()), tampered);

        assertUnauthorizedProblem(reply);
    }

    @Test
    void malformedJsonAnswers400ProblemWithoutInternals() {
        Reply reply = gateway.postJson("/api/communities", "{\"name\": \"E2E Broken\", \"timeZone\": ", adminToken);

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.mediaType()).as("%s", reply).isEqualTo(PROBLEM_JSON);
        JsonNode problem = reply.json();
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("type").asString()).startsWith(PROBLEM_TYPES);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("code").asString()).isEqualTo("malformed-json");
        assertNoInternals(reply);
    }

    private String createCommunity(String name) {
        Reply reply = gateway.postJson("/api/communities", communityJson(name), adminToken);

        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        assertThat(reply.mediaType()).as("%s", reply).isEqualTo("application/json");
        return idOf(reply);
    }

    private String createUnit(String communityId) {
        String unit = """
                {"building": "1", "unitNumber": "1-101", "floorArea": "89.50"}""";
        Reply reply = gateway.postJson("/api/communities/" + communityId + "/units", unit, adminToken);

        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        assertThat(reply.mediaType()).as("%s", reply).isEqualTo("application/json");
        return idOf(reply);
    }

    /** The account is opened asynchronously (an event over Kafka), so poll until it is there. */
    private JsonNode awaitAccountOf(String unitId) throws InterruptedException {
        Instant deadline = Instant.now().plus(ACCOUNT_TIMEOUT);
        Reply reply;
        List<JsonNode> accounts;
        do {
            reply = gateway.get("/api/billing/accounts?unitId=" + unitId, adminToken);
            accounts = reply.status() == 200 ? itemsOf(reply.json()) : List.of();
            if (accounts.stream().anyMatch(account -> unitId.equals(account.path("unitId").asString()))) {
                break;
            }
            Thread.sleep(250);
        } while (Instant.now().isBefore(deadline));

        assertThat(reply.status()).as("no account within %s: %s", ACCOUNT_TIMEOUT, reply).isEqualTo(200);
        assertThat(reply.mediaType()).as("%s", reply).isEqualTo("application/json");
        assertThat(accounts).as("exactly one account for unit %s: %s", unitId, reply).hasSize(1);
        return accounts.getFirst();
    }

    /** Lists answer as a page: {@code {"items": [...], "page", "size", "total"}}. */
    private static List<JsonNode> itemsOf(JsonNode body) {
        assertThat(body.has("items")).as("a page with items: %s", body).isTrue();
        List<JsonNode> result = new ArrayList<>();
        body.get("items").forEach(result::add);
        return result;
    }

    private static String idOf(Reply reply) {
        JsonNode id = reply.json().path("id");
        assertThat(id.isString()).as("an id in %s", reply).isTrue();
        assertThat(id.asString()).as("an id in %s", reply).isNotBlank();
        return id.asString();
    }

    private static String communityJson(String name) {
        return """
                {"name": "%s", "timeZone": "Asia/Shanghai"}""".formatted(name);
    }

    private static void assertUnauthorizedProblem(Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(401);
        assertThat(reply.mediaType()).as("%s", reply).isEqualTo(PROBLEM_JSON);
        assertThat(reply.wwwAuthenticate()).as("%s", reply).startsWith("Bearer");
        JsonNode problem = reply.json();
        assertThat(problem.path("status").asInt()).isEqualTo(401);
        assertThat(problem.path("code").asString()).isEqualTo("unauthorized");
        assertThat(problem.path("type").asString()).isEqualTo(PROBLEM_TYPES + "unauthorized");
        assertNoInternals(reply);
    }

    /** Neither a stack trace nor class names of the server's libraries reach a client. */
    private static void assertNoInternals(Reply reply) {
        assertThat(reply.body()).as("%s", reply)
                .doesNotContain("\tat ", ".java:", "Exception", "\"trace\"", "tools.jackson", "com.fasterxml",
                        "org.springframework", "java.lang");
    }
}
