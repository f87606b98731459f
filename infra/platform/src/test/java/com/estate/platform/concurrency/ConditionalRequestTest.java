package com.estate.platform.concurrency;

import static com.estate.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.estate.platform.testapp.PlatformTestApp;
import com.estate.testsupport.TestHttp;
import com.estate.testsupport.TestHttp.Answer;
import com.estate.testsupport.TestTokens;
import com.estate.testsupport.WithSharedInfrastructure;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * ETag on reads and If-Match on changes of one record, over real HTTP with real tokens, against the platform's test
 * app: the revision behind the ETag moves with the record's changes and not with the publication of its events.
 */
@SpringBootTest(classes = PlatformTestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "app.web.max-body-size=1KB")
@WithSharedInfrastructure
class ConditionalRequestTest {

    private static final AtomicInteger NAMES = new AtomicInteger();

    @LocalServerPort
    int port;

    TestHttp http;
    String agent;

    @BeforeEach
    void setUp() {
        http = new TestHttp(port);
        agent = TestTokens.get().staff("CS_AGENT", "c-1");
    }

    /** A new sample through the command endpoint, which answers the new record's location and ETag. */
    private Answer create() {
        String name = "etag-" + NAMES.incrementAndGet() + "-" + (System.nanoTime() % 100_000);
        Answer created = http.send("POST", "/api/samples/commands", agent,
                "{\"name\":\"" + name + "\",\"status\":\"OPEN\",\"quantity\":1}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created;
    }

    /** Renames to {@code name} plus a unique suffix: names are unique among all samples. */
    private Answer rename(Answer created, String name, String... headers) {
        return http.send("PATCH", created.header("Location") + "?name=" + name + "-" + NAMES.incrementAndGet(),
                agent, null, headers);
    }

    private Answer read(Answer created) {
        return http.send("GET", created.header("Location"), agent, null);
    }

    @Test
    void aReadAnswersTheRecordsStrongEtag() {
        Answer created = create();
        assertThat(created.header("ETag")).isEqualTo("\"1\"");

        Answer read = read(created);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");

        Answer unchanged = http.send("GET", created.header("Location"), agent, null, "If-None-Match", "\"1\"");
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
    }

    @Test
    void aChangeWithoutIfMatchIsRefusedWith428() {
        Answer created = create();
        assertProblem(rename(created, "no-precondition"), 428, "precondition-required");
        assertThat(read(created).json().path("name").asString()).doesNotContain("no-precondition");
    }

    @Test
    void aMatchingIfMatchChangesTheRecordAndAnswersItsNewEtag() {
        Answer created = create();
        Answer renamed = rename(created, "renamed", "If-Match", created.header("ETag"));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.header("ETag")).isEqualTo("\"2\"");
        Answer read = read(created);
        assertThat(read.json().path("name").asString()).startsWith("renamed-");
        assertThat(read.header("ETag")).isEqualTo("\"2\"");

        // a list matches when any of its tags is current; * when the record exists at all
        assertThat(rename(created, "from-list", "If-Match", "\"1\", \"2\"").header("ETag")).isEqualTo("\"3\"");
        assertThat(rename(created, "any", "If-Match", "*").header("ETag")).isEqualTo("\"4\"");
    }

    @Test
    void aStaleIfMatchIsRefusedWith412NamingTheCurrentEtag() {
        Answer created = create();
        assertThat(rename(created, "first", "If-Match", "\"1\"").status()).isEqualTo(200);

        Answer stale = rename(created, "lost-update", "If-Match", "\"1\"");
        assertProblem(stale, 412, "precondition-failed");
        assertThat(stale.json().path("currentEtag").asString()).isEqualTo("\"2\"");
        assertThat(read(created).json().path("name").asString()).startsWith("first-");
    }

    @Test
    void aWeakEtagNeverMatches() {
        Answer created = create();
        Answer weak = rename(created, "weak", "If-Match", "W/\"1\"");
        assertProblem(weak, 412, "precondition-failed");
        assertThat(weak.json().path("currentEtag").asString()).isEqualTo("\"1\"");
    }

    @Test
    void aMissingRecordIsNotFoundWhateverTheIfMatch() {
        assertProblem(http.send("PATCH", "/api/samples/nope?name=x", agent, null, "If-Match", "*"), 404,
                "not-found");
    }

    @Test
    void publishingTheRecordsEventDoesNotChangeItsEtag() {
        Answer created = create();
        String etag = created.header("ETag");

        // the relay removes the published event and bumps the storage version in the same update...
        Answer published = await().atMost(Duration.ofSeconds(30)).until(() -> read(created),
                read -> read.json().path("pendingEvents").asInt() == 0);
        assertThat(published.json().path("version").asLong()).isEqualTo(1);
        // ...but the record the client sees did not change, and neither does its ETag
        assertThat(published.header("ETag")).isEqualTo(etag);
        Answer renamed = rename(created, "after-publication", "If-Match", etag);
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
    }
}
