package com.estate.platform.web;

import static com.estate.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.estate.testsupport.TestHttp;
import com.estate.testsupport.TestHttp.Answer;
import com.estate.platform.testapp.PlatformTestApp;
import com.estate.testsupport.TestTokens;
import com.estate.testsupport.WithSharedInfrastructure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every kind of bad request answers a precise RFC 9457 problem over real HTTP, with a real signed token, and
 * never a stack trace or an exception's own message.
 */
@SpringBootTest(classes = PlatformTestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "app.web.max-body-size=1KB")
@WithSharedInfrastructure
class ProblemResponsesTest {

    @LocalServerPort
    int port;

    TestHttp http;
    String agent;

    @BeforeEach
    void setUp() {
        http = new TestHttp(port);
        agent = TestTokens.get().staff("CS_AGENT", "c-1");
    }

    private static List<String> fields(Answer answer) {
        List<String> fields = new ArrayList<>();
        answer.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    @Test
    void aPageNumberWhoseOffsetOverflowsIsAValidationProblemNotA500() {
        Answer answer = http.send("GET", "/api/samples/pages?page=2147483647&size=100", agent, null);
        assertProblem(answer, 400, "validation");
        assertThat(fields(answer)).containsExactly("page");
        assertThat(answer.json().path("errors").get(0).path("message").asString()).contains("21474836");

        // the furthest page that still fits is served (and empty)
        Answer last = http.send("GET", "/api/samples/pages?page=21474836&size=100", agent, null);
        assertThat(last.status()).as(last.body()).isEqualTo(200);
        assertThat(last.json().path("items").asInt()).isZero();
    }

    /** The cap is app.web.max-page-size (200 by default); nothing is silently clamped. */
    @Test
    void aPageSizeOutsideTheCapOrANegativePageIsAValidationProblem() {
        assertThat(http.send("GET", "/api/samples/pages?size=200", agent, null).status()).isEqualTo(200);
        for (String query : new String[] {"size=201", "size=0", "size=-5"}) {
            Answer answer = http.send("GET", "/api/samples/pages?" + query, agent, null, "Accept-Language", "en");
            assertProblem(answer, 400, "validation");
            assertThat(fields(answer)).as(query).containsExactly("size");
            assertThat(answer.json().path("errors").get(0).path("message").asString()).isEqualTo("must be between 1 and 200");
        }
        Answer negative = http.send("GET", "/api/samples/pages?page=-1", agent, null);
        assertProblem(negative, 400, "validation");
        assertThat(fields(negative)).containsExactly("page");
    }

    @Test
    void listsEveryInvalidField() {
        Answer answer = http.send("POST", "/api/samples", agent, "{\"name\":\"\",\"quantity\":11}");
        assertProblem(answer, 400, "validation");
        assertThat(fields(answer)).containsExactlyInAnyOrder("name", "status", "quantity");
    }

    @Test
    void malformedJsonIsABadRequest() {
        assertProblem(http.send("POST", "/api/samples", agent, "{\"name\": \"x\","), 400, "malformed-json");
    }

    @Test
    void namesTheFieldWithTheWrongType() {
        Answer answer = http.send("POST", "/api/samples", agent,
                "{\"name\":\"x\",\"status\":\"OPEN\",\"quantity\":\"many\"}");
        assertProblem(answer, 400, "validation");
        assertThat(fields(answer)).containsExactly("quantity");
        assertThat(answer.json().path("errors").get(0).path("message").asString()).isEqualTo("应为整数");
    }

    @Test
    void listsTheAllowedValuesOfAnUnknownEnum() {
        Answer answer = http.send("POST", "/api/samples", agent, "{\"name\":\"x\",\"status\":\"LOST\",\"quantity\":1}",
                "Accept-Language", "en");
        assertProblem(answer, 400, "validation");
        assertThat(answer.json().path("errors").get(0).path("message").asString()).contains("OPEN", "CLOSED");
    }

    @Test
    void aMissingBodyIsABadRequest() {
        assertProblem(http.send("POST", "/api/samples", agent, null, "Content-Type", "application/json"), 400,
                "missing-body");
    }

    @Test
    void anOversizeBodyIsRefused() {
        String big = "{\"name\":\"" + "x".repeat(2000) + "\",\"status\":\"OPEN\",\"quantity\":1}";
        assertProblem(http.send("POST", "/api/samples", agent, big), 413, "body-too-large");
    }

    @Test
    void aWrongQueryParameterTypeIsABadRequest() {
        Answer answer = http.send("GET", "/api/samples?quantity=lots", agent, null);
        assertProblem(answer, 400, "type-mismatch");
        assertThat(fields(answer)).containsExactly("quantity");
    }

    @Test
    void unknownRecordsAndPathsAreNotFound() {
        assertProblem(http.send("GET", "/api/samples/nope", agent, null), 404, "not-found");
        Answer noPath = http.send("GET", "/api/nothing-here", agent, null, "Accept-Language", "en");
        assertProblem(noPath, 404, "not-found");
        assertThat(noPath.json().path("detail").asString()).isEqualTo("Nothing is served at this path.");
        Answer noRecord = http.send("GET", "/api/samples/nope", agent, null, "Accept-Language", "en");
        assertThat(noRecord.json().path("detail").asString()).isEqualTo("sample nope was not found.");
    }

    @Test
    void aDuplicateKeyIsAConflictAndAStaleVersionAPreconditionFailure() {
        String body = "{\"name\":\"dup-" + System.nanoTime() + "\",\"status\":\"OPEN\",\"quantity\":1}";
        Answer created = http.send("POST", "/api/samples", agent, body);
        assertThat(created.status()).isEqualTo(201);
        assertProblem(http.send("POST", "/api/samples", agent, body), 409, "duplicate");

        String id = created.json().path("id").asString();
        // Publishing the creation's event changes the document too (its version with it): read it once published.
        long read = await().atMost(Duration.ofSeconds(10)).until(
                () -> http.send("GET", "/api/samples/" + id, agent, null).json(),
                sample -> sample.path("pendingEvents").asInt() == 0).path("version").asLong();
        assertThat(http.send("PUT", "/api/samples/" + id + "?version=" + read + "&name=renamed-" + System.nanoTime(),
                agent, null).status()).isEqualTo(200);
        assertProblem(http.send("PUT", "/api/samples/" + id + "?version=" + read + "&name=again", agent, null), 412,
                "stale-version");
    }

    @Test
    void anUnexpectedFailureIsAGeneric500() {
        Answer answer = http.send("GET", "/api/samples/boom", agent, null);
        assertProblem(answer, 500, "internal");
        assertThat(answer.body()).doesNotContain("must not leak");
    }

    /** What fails outside the controllers is forwarded to /error, which answers a problem, not Boot's JSON. */
    @Test
    void failuresOutsideTheControllersAreProblemsToo() {
        Answer thrown = http.send("GET", "/api/samples/filter-boom", agent, null, "Accept", "text/html");
        assertProblem(thrown, 500, "internal");
        assertThat(thrown.body()).doesNotContain("must not leak", "timestamp");
        assertProblem(http.send("GET", "/api/samples/filter-refuses", agent, null), 409, "duplicate");
        assertProblem(http.send("GET", "/error", null, null), 404, "not-found");
    }

    @Test
    void speaksChineseByDefaultAndEnglishWhenAsked() {
        Answer zh = http.send("GET", "/api/samples/nope", agent, null);
        assertThat(zh.json().path("title").asString()).isEqualTo("未找到");
        Answer en = http.send("GET", "/api/samples/nope", agent, null, "Accept-Language", "en-US,en;q=0.9");
        assertThat(en.json().path("title").asString()).isEqualTo("Not found");
    }

    @Test
    void refusesMissingAndForgedTokensAndWrongRoles() {
        assertProblem(http.send("GET", "/api/samples/x", null, null), 401, "unauthorized");
        assertProblem(http.send("GET", "/api/samples/x", agent + "x", null), 401, "unauthorized");
        String technician = TestTokens.get().staff("TECHNICIAN", "c-1");
        assertProblem(http.send("POST", "/api/samples", technician, "{\"name\":\"t\",\"status\":\"OPEN\",\"quantity\":1}"),
                403, "forbidden");
    }

    @Test
    void healthIsOpenAndReadinessChecksMongo() {
        Answer readiness = http.send("GET", "/actuator/health/readiness", null, null);
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().path("status").asString()).isEqualTo("UP");
    }
}
