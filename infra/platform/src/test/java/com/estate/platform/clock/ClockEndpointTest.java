package com.estate.platform.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.estate.platform.events.IntegrationEventType;
import com.estate.platform.outbox.OutboxEvents;
import com.estate.platform.testapp.PlatformTestApp;
import com.estate.testsupport.TestHttp;
import com.estate.testsupport.TestHttp.Answer;
import com.estate.testsupport.TestTokens;
import com.estate.testsupport.WithSharedInfrastructure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A service started with {@code app.clock.adjustable=true}: business time moves, token validation does not. */
@SpringBootTest(classes = PlatformTestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "app.clock.adjustable=true")
@WithSharedInfrastructure
class ClockEndpointTest {

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Autowired
    OutboxEvents outboxEvents;

    final String admin = TestTokens.get().staff("PLATFORM_ADMIN");

    @AfterEach
    void reset() {
        assertThat(http().send("DELETE", "/internal/clock", admin, null).status()).isEqualTo(200);
    }

    @Test
    void movesEveryBusinessTimeOfTheProcess() {
        Answer moved = http().send("POST", "/internal/clock", admin, "{\"offset\":\"P90D\"}");

        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().path("offset").asString()).isEqualTo("PT2160H");
        Instant expected = Instant.now().plus(Duration.ofDays(90));
        assertThat(Instant.parse(moved.json().path("now").asString())).isCloseTo(expected, within(1, ChronoUnit.MINUTES));
        assertThat(clock.instant()).isCloseTo(expected, within(1, ChronoUnit.MINUTES));
        // what a service stamps on the events it raises
        var event = outboxEvents.create(new IntegrationEventType("com.estate.test.sample.touched.v1",
                "activity.events"), "s-1", "c-1", Map.of());
        assertThat(event.time()).isCloseTo(expected, within(1, ChronoUnit.MINUTES));

        Answer health = http().send("GET", "/actuator/health/time", null, null);
        assertThat(health.status()).as(health.body()).isEqualTo(200);
        assertThat(health.json().findValue("adjustable").asBoolean()).isTrue();
        assertThat(health.json().findValue("offset").asString()).isEqualTo("PT2160H");

        Answer back = http().send("POST", "/internal/clock", admin, "{\"offset\":\"-P1D\"}");
        assertThat(back.json().path("offset").asString()).isEqualTo("PT-24H");
        assertThat(clock.instant()).isCloseTo(Instant.now().minus(Duration.ofDays(1)), within(1, ChronoUnit.MINUTES));

        Answer reset = http().send("DELETE", "/internal/clock", admin, null);
        assertThat(reset.json().path("offset").asString()).isEqualTo("PT0S");
        assertThat(http().send("GET", "/internal/clock", admin, null).json().path("offset").asString())
                .isEqualTo("PT0S");
    }

    @Test
    void tokensKeepTheMachinesTime() {
        http().send("POST", "/internal/clock", admin, "{\"offset\":\"P90D\"}");

        // a fresh token would have expired 90 days ago in business time: still accepted
        String fresh = TestTokens.get().token().roles("PLATFORM_ADMIN").expiresIn(Duration.ofMinutes(15)).build();
        assertThat(http().send("GET", "/internal/clock", fresh, null).status()).isEqualTo(200);

        String expired = TestTokens.get().token().roles("PLATFORM_ADMIN").expired().build();
        assertProblem(http().send("GET", "/internal/clock", expired, null), 401, "unauthorized");

        // and backwards: a token only valid from the machine's now on is not "not yet valid"
        http().send("POST", "/internal/clock", admin, "{\"offset\":\"-P90D\"}");
        assertThat(http().send("GET", "/internal/clock", fresh, null).status()).isEqualTo(200);
    }

    @Test
    void anOffsetThatIsNoDurationIsA400Problem() {
        for (String body : new String[] {"{\"offset\":\"soon\"}", "{\"offset\":\"P1M\"}", "{\"offset\":\"\"}", "{}"}) {
            Answer answer = http().send("POST", "/internal/clock", admin, body);
            assertProblem(answer, 400, "validation");
            assertThat(answer.json().path("errors").get(0).path("field").asString()).as(body).isEqualTo("offset");
        }
        assertProblem(http().send("POST", "/internal/clock", admin, "{\"offset\":"), 400, "malformed-json");
        assertThat(clock.instant()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
    }

    @Test
    void onlyPlatformAdministratorsMoveTime() {
        assertProblem(http().send("POST", "/internal/clock", null, "{\"offset\":\"P1D\"}"), 401, "unauthorized");
        String agent = TestTokens.get().staff("CS_AGENT", "c-1");
        assertProblem(http().send("POST", "/internal/clock", agent, "{\"offset\":\"P1D\"}"), 403, "forbidden");
        assertProblem(http().send("GET", "/internal/clock", agent, null), 403, "forbidden");
        assertThat(clock.instant()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
    }

    private TestHttp http() {
        return new TestHttp(port);
    }

    static void assertProblem(Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("code").asString()).as(answer.body()).isEqualTo(code);
    }
}
