package com.estate.platform.idempotency;

import static com.estate.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.estate.platform.testapp.PlatformTestApp;
import com.estate.platform.testapp.SampleExecutions;
import com.estate.testsupport.MovableClock;
import com.estate.testsupport.TestHttp;
import com.estate.testsupport.TestHttp.Answer;
import com.estate.testsupport.TestTokens;
import com.estate.testsupport.WithSharedInfrastructure;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Idempotency-Key on a command of the platform's test app, over real HTTP with real tokens and the MongoDB
 * stand-in: a repeat is answered from the store and runs nothing; what is not a repeat is refused or runs.
 */
@SpringBootTest(classes = {PlatformTestApp.class, MovableClock.AsApplicationClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.web.max-body-size=1KB")
@WithSharedInfrastructure
class IdempotencyTest {

    private static final String COMMAND = "/api/samples/commands";
    private static final AtomicInteger NAMES = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    SampleExecutions executions;

    @Autowired
    MovableClock clock;

    @Autowired
    MongoTemplate mongo;

    TestHttp http;
    String agent;
    String name;
    String key;

    @BeforeEach
    void setUp() {
        http = new TestHttp(port);
        agent = TestTokens.get().staff("CS_AGENT", "c-1");
        name = "idem-" + NAMES.incrementAndGet() + "-" + (System.nanoTime() % 10_000);
        key = UUID.randomUUID().toString();
    }

    @AfterEach
    void resetClock() {
        clock.setOffset(Duration.ZERO);
    }

    private String body(int quantity) {
        return "{\"name\":\"" + name + "\",\"status\":\"OPEN\",\"quantity\":" + quantity + "}";
    }

    private Answer command(String token, String idempotencyKey, String body) {
        return http.send("POST", COMMAND, token, body, "Idempotency-Key", idempotencyKey);
    }

    private static void assertFirstRun(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.header(IdempotencyInterceptor.REPLAYED_HEADER)).isNull();
    }

    @Test
    void aRepeatGetsTheFirstAnswerAndRunsNothing() {
        Answer first = command(agent, key, body(1));
        assertFirstRun(first);
        assertThat(first.header("Location")).startsWith("/api/samples/");
        assertThat(first.header("ETag")).isEqualTo("\"1\"");

        Answer repeat = command(agent, key, body(1));
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.header(IdempotencyInterceptor.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(repeat.header("Location")).isEqualTo(first.header("Location"));
        assertThat(repeat.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(repeat.contentType()).isEqualTo(first.contentType());
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(executions.count(name)).isEqualTo(1);
    }

    @Test
    void withoutAKeyEveryRequestRuns() {
        assertFirstRun(http.send("POST", COMMAND, agent, body(1)));
        assertFirstRun(http.send("POST", COMMAND, agent, body(1)));
        assertThat(executions.count(name)).isEqualTo(2);
    }

    @Test
    void theSameKeyForAnotherRequestIsRefused() {
        assertFirstRun(command(agent, key, body(1)));
        assertProblem(command(agent, key, body(2)), 422, "idempotency-key-reused");
        assertThat(executions.count(name)).isEqualTo(1);
    }

    @Test
    void ofConcurrentRequestsWithOneKeyExactlyOneRuns() throws Exception {
        int requests = 20;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Answer>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(requests)) {
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return command(agent, key, body(1));
                }));
            }
            start.countDown();
            List<Answer> firstRuns = new ArrayList<>();
            String firstBody = null;
            for (Future<Answer> future : answers) {
                Answer answer = future.get();
                if (answer.status() == 409) {
                    assertProblem(answer, 409, "idempotency-key-in-progress");
                } else {
                    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
                    if (answer.header(IdempotencyInterceptor.REPLAYED_HEADER) == null) {
                        firstRuns.add(answer);
                    }
                    firstBody = firstBody == null ? answer.body() : firstBody;
                    assertThat(answer.body()).isEqualTo(firstBody);
                }
            }
            assertThat(firstRuns).hasSize(1);
        }
        assertThat(executions.count(name)).isEqualTo(1);
    }

    @Test
    void aKeyIsFreeAgainAfterTheRetention() {
        Answer first = command(agent, key, body(1));
        assertFirstRun(first);

        clock.setOffset(Duration.ofHours(24).plusMinutes(1));
        Answer later = command(agent, key, body(1));
        assertFirstRun(later);
        assertThat(later.header("Location")).isNotEqualTo(first.header("Location"));
        assertThat(executions.count(name)).isEqualTo(2);

        Answer repeat = command(agent, key, body(1));
        assertThat(repeat.header(IdempotencyInterceptor.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(repeat.header("Location")).isEqualTo(later.header("Location"));
        assertThat(executions.count(name)).isEqualTo(2);
    }

    @Test
    void twoCallersWithTheSameKeyDoNotShareIt() {
        String otherAgent = TestTokens.get().token().subject("another-agent").roles("CS_AGENT").communities("c-1")
                .build();
        assertFirstRun(command(agent, key, body(1)));
        Answer other = command(otherAgent, key, body(1));
        assertFirstRun(other);
        assertThat(executions.count(name)).isEqualTo(2);
    }

    @Test
    void aFailedFirstAttemptLeavesTheKeyForACorrectedRetry() {
        Answer invalid = command(agent, key, "{\"name\":\"" + name + "\",\"status\":\"OPEN\",\"quantity\":99}");
        assertProblem(invalid, 400, "validation");

        Answer corrected = command(agent, key, body(1));
        assertFirstRun(corrected);
        assertThat(command(agent, key, body(1)).header(IdempotencyInterceptor.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(executions.count(name)).isEqualTo(1);
    }

    @Test
    void aRefusedCallerLeavesTheKeyUnused() {
        String technician = TestTokens.get().staff("TECHNICIAN", "c-1");
        assertProblem(command(technician, key, body(1)), 403, "forbidden");
        assertThat(executions.count(name)).isZero();
        assertThat(mongo.getCollection(IdempotencyStore.COLLECTION).countDocuments(new Document("_id",
                new Document("caller", "staff-technician").append("key", key)))).isZero();
    }

    @Test
    void anOversizeBodyIsRefusedAndTheKeyStaysFree() {
        String big = "{\"name\":\"" + "x".repeat(2048) + "\"}";
        assertProblem(command(agent, key, big), 413, "body-too-large");
        assertFirstRun(command(agent, key, body(1)));
    }

    @Test
    void anOversizeChunkedBodyIsRefusedWhileItIsRead() throws Exception {
        // no Content-Length: the body limit finds out while the capture filter reads the body
        byte[] big = ("{\"name\":\"" + "x".repeat(2048) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + COMMAND))
                .header("Authorization", TestTokens.bearer(agent)).header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
            assertThat(response.body()).contains("\"code\":\"body-too-large\"");
        }
        assertFirstRun(command(agent, key, body(1)));
    }

    @Test
    void aMalformedKeyIsABadRequest() {
        for (String malformed : List.of("", "k".repeat(65), "tab\tinside")) {
            Answer answer = command(agent, malformed, body(1));
            assertThat(answer.status()).as("key [%s]", malformed).isEqualTo(400);
            assertProblem(answer, 400, "invalid-idempotency-key");
        }
        assertProblem(http.send("POST", COMMAND, agent, body(1), "Idempotency-Key", "a", "Idempotency-Key", "b"),
                400, "invalid-idempotency-key");
        assertThat(executions.count(name)).isZero();
        assertFirstRun(command(agent, "k".repeat(64), body(1)));
    }

    @Test
    void aKeyWhoseRequestDiedIsTakenOverAfterTheClaimTimeout() {
        // what a process that died while running the command leaves behind: a claim that is never completed
        Date now = Date.from(clock.instant());
        mongo.getCollection(IdempotencyStore.COLLECTION).insertOne(new Document("_id",
                new Document("caller", "staff-cs-agent").append("key", key))
                .append("token", "dead").append("state", "in-progress")
                .append("fingerprint", RequestFingerprint.of("POST", COMMAND, body(1).getBytes(StandardCharsets.UTF_8)))
                .append("claimedAt", now).append("expiresAt", Date.from(now.toInstant().plus(Duration.ofHours(24)))));
        Answer inProgress = command(agent, key, body(1));
        assertProblem(inProgress, 409, "idempotency-key-in-progress");
        assertThat(inProgress.header("Retry-After")).isEqualTo("1");
        assertThat(executions.count(name)).isZero();

        clock.setOffset(Duration.ofMinutes(3));
        assertFirstRun(command(agent, key, body(1)));
        assertThat(executions.count(name)).isEqualTo(1);
    }
}
