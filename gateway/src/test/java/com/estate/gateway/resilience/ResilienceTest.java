package com.estate.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.estate.gateway.GatewayIntegrationTest;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/**
 * workorder-service's route (timeout 1 s, breaker window of 4 calls, 2 s open, in the tests' configuration) against
 * a backend the tests take down, slow down and bring back.
 */
class ResilienceTest extends GatewayIntegrationTest {

    private static final String ROUTE = "workorder-service";
    private static final String UNAVAILABLE_DETAIL = "服务 workorder-service 暂不可用，请稍后再试。";

    @Autowired
    private UpstreamCircuitBreakers breakers;

    private String token;

    @BeforeEach
    void freshBreaker() {
        token = adminToken();
        breakers.forRoute(ROUTE).reset();
    }

    @AfterEach
    void leaveTheServiceDown() {
        WORKORDER.down();
        breakers.forRoute(ROUTE).reset();
    }

    @Test
    void aServiceThatIsDownOpensTheBreakerAndTheGatewayRecoversWhenItIsBack() {
        String path = "/api/work-orders/" + UUID.randomUUID();
        for (int i = 0; i < 4; i++) {
            assertUnavailable(get(path));
        }
        assertThat(breakers.state(ROUTE)).isEqualTo(CircuitBreaker.State.OPEN);

        WORKORDER.up();
        // Still open: answered at once, and the service is not bothered.
        assertUnavailable(get(path));
        assertThat(WORKORDER.hits(path)).isZero();

        // After the open wait (2 s) the breaker lets a probe through and closes again by itself.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        HttpStatus status;
        do {
            sleep(Duration.ofMillis(250));
            status = HttpStatus.valueOf(get(path).returnResult(String.class).getStatus().value());
        } while (status != HttpStatus.OK && System.nanoTime() < deadline);
        assertThat(status).isEqualTo(HttpStatus.OK);
        assertThat(breakers.state(ROUTE)).isEqualTo(CircuitBreaker.State.CLOSED);
        get(path).expectStatus().isOk().expectBody().jsonPath("$.service").isEqualTo(ROUTE);
    }

    @Test
    void aSlowServiceIsCutOffAtTheTimeoutAndThenAnsweredFastWhileTheBreakerIsOpen() {
        WORKORDER.up();
        WORKORDER.delay(Duration.ofSeconds(3));
        String path = "/api/work-orders/" + UUID.randomUUID();

        for (int i = 0; i < 4; i++) {
            long start = System.nanoTime();
            assertUnavailable(get(path));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
        }
        assertThat(breakers.state(ROUTE)).isEqualTo(CircuitBreaker.State.OPEN);

        long start = System.nanoTime();
        assertUnavailable(get(path));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(800));
        assertThat(WORKORDER.hits(path)).as("timed-out GETs are not retried").isEqualTo(4);
    }

    @Test
    void anUploadMayTakeLongerThanTheRouteTimeoutButNoOtherRequestMay() {
        WORKORDER.up();
        WORKORDER.delay(Duration.ofMillis(1500)); // the route's timeout is 1 s here, the upload timeout 120 s
        String order = "/api/work-orders/" + UUID.randomUUID();

        client().post().uri(order + "/attachments").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_OCTET_STREAM).bodyValue(new byte[] {1, 2, 3})
                .exchange()
                .expectStatus().isOk();
        assertProblem(client().post().uri(order).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"title\":\"leak\"}")
                .exchange(), HttpStatus.SERVICE_UNAVAILABLE, "unavailable");
    }

    @Test
    void aGetIsRetriedOnA503AndSucceeds() {
        WORKORDER.up();
        WORKORDER.failNext(2);
        String path = "/api/work-orders/" + UUID.randomUUID();

        get(path).expectStatus().isOk();

        assertThat(WORKORDER.hits(path)).isEqualTo(3);
    }

    @Test
    void aPostIsNeverRetried() {
        WORKORDER.up();
        WORKORDER.failNext(1);
        String path = "/api/work-orders/" + UUID.randomUUID();

        client().post().uri(path).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"title\":\"leak\"}")
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);

        assertThat(WORKORDER.hits(path)).isEqualTo(1);
    }

    @Test
    void aDownServiceDoesNotTripTheBreakersOfOtherRoutes() {
        String path = "/api/work-orders/" + UUID.randomUUID();
        for (int i = 0; i < 4; i++) {
            assertUnavailable(get(path));
        }
        assertThat(breakers.state(ROUTE)).isEqualTo(CircuitBreaker.State.OPEN);

        get("/api/residents/" + UUID.randomUUID()).expectStatus().isOk();
        assertThat(breakers.state("resident-service")).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aServiceThatResetsTheConnectionMidRequestAnswers502SayingTheOutcomeIsUnknown() {
        WORKORDER.resetting();
        String path = "/api/work-orders/" + UUID.randomUUID();

        assertProblem(client().post().uri(path).headers(h -> h.setBearerAuth(token))
                        .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"title\":\"leak\"}")
                        .exchange(), HttpStatus.BAD_GATEWAY, "bad-gateway")
                .jsonPath("$.detail").isEqualTo(
                        "与服务 workorder-service 的连接在其答复前中断，请求可能已执行也可能未执行；请使用同一个 Idempotency-Key 重试。");
        assertThat(WORKORDER.hits(path)).as("a POST is never retried").isEqualTo(1);

        client().post().uri(path).headers(h -> {
                    h.setBearerAuth(token);
                    h.set("Accept-Language", "en");
                })
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"title\":\"leak\"}")
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.BAD_GATEWAY)
                .expectBody().jsonPath("$.detail").isEqualTo("The connection to the service workorder-service was "
                        + "lost before it answered: the request may or may not have been carried out. Retry it with "
                        + "the same Idempotency-Key.");
    }

    private WebTestClient.ResponseSpec get(String path) {
        return client().get().uri(path).headers(h -> h.setBearerAuth(token)).exchange();
    }

    private static void assertUnavailable(WebTestClient.ResponseSpec response) {
        assertProblem(response, HttpStatus.SERVICE_UNAVAILABLE, "unavailable")
                .jsonPath("$.detail").isEqualTo(UNAVAILABLE_DETAIL);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
