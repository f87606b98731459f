package com.estate.platform.clock;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.platform.testapp.PlatformTestApp;
import com.estate.testsupport.TestHttp;
import com.estate.testsupport.TestTokens;
import com.estate.testsupport.WithSharedInfrastructure;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The default: the machine's time, and nothing served at {@code /internal/clock}. */
@SpringBootTest(classes = PlatformTestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "app.web.max-body-size=1KB") // the configuration of the web tests: the same cached context
@WithSharedInfrastructure
class ClockNotAdjustableTest {

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Test
    void internalClockIsNotServedAndHealthSaysTheClockIsFixed() {
        TestHttp http = new TestHttp(port);
        String admin = TestTokens.get().staff("PLATFORM_ADMIN");

        ClockEndpointTest.assertProblem(http.send("POST", "/internal/clock", admin, "{\"offset\":\"P90D\"}"), 404,
                "not-found");
        ClockEndpointTest.assertProblem(http.send("GET", "/internal/clock", admin, null), 404, "not-found");
        assertThat(clock).isNotInstanceOf(AdjustableClock.class);

        var health = http.send("GET", "/actuator/health/time", null, null).json();
        assertThat(health.findValue("adjustable").asBoolean()).isFalse();
        assertThat(health.findValue("offset").asString()).isEqualTo("PT0S");
    }
}
