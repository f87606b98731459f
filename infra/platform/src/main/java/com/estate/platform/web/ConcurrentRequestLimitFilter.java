package com.estate.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sheds load instead of queueing it without bound: at most {@code app.web.max-concurrent-requests} requests are
 * handled at once; one that finds every slot taken waits up to {@code app.web.overload-wait} for one and is otherwise
 * answered 503 {@code unavailable} with {@code Retry-After} (infra/ARCHITECTURE.md §33).
 *
 * <p>Why: on virtual threads Tomcat starts every request it reads at once. Past the service's capacity they pile up
 * waiting for the database's connections, each holding what it had allocated so far, until the heap runs out
 * (resident-service under a fixed rate above its capacity: {@code OutOfMemoryError}, every request timing out). A
 * request waiting here holds next to nothing, and a 503 tells the client and the gateway's circuit breaker to back
 * off while the service goes on at its capacity. Health probes ({@code /actuator/**}) are never held back: a busy
 * instance is not a dead one.
 */
public class ConcurrentRequestLimitFilter extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "1";

    private final Semaphore slots;
    private final long waitNanos;
    private final ProblemWriter problemWriter;

    public ConcurrentRequestLimitFilter(int maxConcurrent, Duration wait, ProblemWriter problemWriter) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("app.web.max-concurrent-requests must be at least 1: " + maxConcurrent);
        }
        this.slots = new Semaphore(maxConcurrent, true);
        this.waitNanos = wait.toNanos();
        this.problemWriter = problemWriter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!acquire()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            problemWriter.writeWithDetail(request, response, HttpStatus.SERVICE_UNAVAILABLE, "unavailable",
                    "problem.unavailable.detail.busy");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            slots.release();
        }
    }

    private boolean acquire() {
        try {
            return slots.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
