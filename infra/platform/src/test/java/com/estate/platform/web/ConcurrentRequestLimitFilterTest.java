package com.estate.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** At most N requests at once; the next waits for a slot, then is answered 503 with Retry-After; probes pass. */
class ConcurrentRequestLimitFilterTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch holding = new CountDownLatch(1);
    private final AtomicInteger handled = new AtomicInteger();

    /** The first request through it holds its slot until released; every other one is handled at once. */
    private final FilterChain chain = (request, response) -> {
        if (handled.incrementAndGet() == 1) {
            holding.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        ((MockHttpServletResponse) response).setStatus(200);
    };

    @AfterEach
    void releaseTheHeldRequest() {
        release.countDown();
    }

    private static ConcurrentRequestLimitFilter limit(int concurrent, Duration wait) {
        return new ConcurrentRequestLimitFilter(concurrent, wait, new ProblemWriter(new Problems(), JSON));
    }

    private MockHttpServletResponse send(ConcurrentRequestLimitFilter filter, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.addHeader("Accept-Language", "en");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    private CompletableFuture<MockHttpServletResponse> holdASlot(ConcurrentRequestLimitFilter filter)
            throws InterruptedException {
        CompletableFuture<MockHttpServletResponse> held = CompletableFuture.supplyAsync(() -> {
            try {
                return send(filter, "/api/things/1");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
        return held;
    }

    @Test
    void aRequestFindingEverySlotTakenIsAnswered503WithRetryAfterOnceItsWaitIsOver() throws Exception {
        ConcurrentRequestLimitFilter filter = limit(1, Duration.ofMillis(100));
        CompletableFuture<MockHttpServletResponse> held = holdASlot(filter);

        long started = System.nanoTime();
        MockHttpServletResponse refused = send(filter, "/api/things/2");
        long waitedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(refused.getContentAsString());
        // a plain mapper writes ProblemDetail's extra members under "properties"; the application's flattens them
        assertThat(problem.path("properties").path("code").asString()).isEqualTo("unavailable");
        assertThat(problem.path("status").asInt()).isEqualTo(503);
        assertThat(problem.path("detail").asString()).isEqualTo("The service is busy; try again in a moment.");
        assertThat(waitedMillis).as("it waited for a slot first").isGreaterThanOrEqualTo(100);
        assertThat(handled).as("the refused request was not handled").hasValue(1);

        release.countDown();
        assertThat(held.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(send(filter, "/api/things/3").getStatus()).as("the slot is free again").isEqualTo(200);
    }

    @Test
    void aRequestWhoseSlotFreesWhileItWaitsIsHandled() throws Exception {
        ConcurrentRequestLimitFilter filter = limit(1, Duration.ofSeconds(5));
        CompletableFuture<MockHttpServletResponse> held = holdASlot(filter);

        CompletableFuture<MockHttpServletResponse> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return send(filter, "/api/things/2");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(100);
        assertThat(waiting).as("still waiting for the slot").isNotDone();
        release.countDown();

        assertThat(waiting.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(held.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(handled).hasValue(2);
    }

    @Test
    void healthProbesAreNeverHeldBack() throws Exception {
        ConcurrentRequestLimitFilter filter = limit(1, Duration.ofMillis(10));
        holdASlot(filter);

        assertThat(send(filter, "/actuator/health/readiness").getStatus()).isEqualTo(200);
        assertThat(send(filter, "/api/things/2").getStatus()).isEqualTo(503);
    }
}
