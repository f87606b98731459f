package com.estate.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * An open-loop load at a fixed arrival rate (wrk2-style pacing): request {@code i} is due at {@code start + i/rate}
 * whether or not earlier answers came back, and its latency is measured from that due time, not from when it was
 * actually sent. A stalled server or a late load generator therefore shows in the percentiles instead of lowering
 * the rate it is offered (coordinated omission). Latencies are recorded per kind of request in HdrHistograms
 * (microseconds, 3 significant digits). Use {@link LoadRun} (closed loop) for saturation throughput.
 */
final class FixedRateLoad {

    /** Requests waiting for their answer beyond this are not sent and count as errors: the server has fallen over. */
    static final int MAX_IN_FLIGHT = 4_096;

    private final HttpClient http;

    FixedRateLoad(HttpClient http) {
        this.http = http;
    }

    /** One request of the load: its kind (the figures are kept per kind) and the request itself. */
    record Shot(String kind, HttpRequest request) {
    }

    /** Answers with a status outside 200-299 (and requests that failed or were not sent) count as errors. */
    record Result(double rate, Duration duration, long sent, Map<String, Histogram> latencies, Map<String, Long> errors,
            Duration lateness) {

        long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }

        /** All kinds together. */
        Histogram overall() {
            Histogram all = new Histogram(3);
            latencies.values().forEach(all::add);
            return all;
        }

        static double millis(Histogram histogram, double percentile) {
            return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1e3;
        }
    }

    /**
     * Offers {@code rate} requests per second for {@code duration}; {@code shots} gives request number {@code i}
     * (called on the pacing thread, so it must be quick). Waits for the last answers (at most 30 s) before it
     * returns.
     */
    Result run(double rate, Duration duration, LongFunction<Shot> shots) {
        return run(rate, duration, shots, (kind, why) -> {
        }, (index, dueNanos, answeredNanos, response) -> {
        });
    }

    /** Told of each request that counted as an error, and why, so that a benchmark can list them. */
    @FunctionalInterface
    interface Failures {

        /** {@code why}: e.g. "HTTP 422 {...}" (the start of the body), an exception, "not sent: ...". */
        void failed(String kind, String why);
    }

    /**
     * What a caller learns of each answer, beyond the histograms: e.g. the id a command created, to follow its effect
     * elsewhere. Called on the HTTP client's threads, so it must be quick and thread-safe.
     */
    @FunctionalInterface
    interface Answers {

        /**
         * @param index         the request's number
         * @param dueNanos      when it was due ({@link System#nanoTime()})
         * @param answeredNanos when its answer arrived ({@link System#nanoTime()})
         * @param response      the answer, or null when the request failed
         */
        void answered(long index, long dueNanos, long answeredNanos, HttpResponse<byte[]> response);
    }

    /** As {@link #run(double, Duration, LongFunction)}, and each answer is also handed to {@code answers}. */
    Result run(double rate, Duration duration, LongFunction<Shot> shots, Answers answers) {
        return run(rate, duration, shots, (kind, why) -> {
        }, answers);
    }

    /** As {@link #run(double, Duration, LongFunction)}, telling {@code told} of every error as it happens. */
    Result run(double rate, Duration duration, LongFunction<Shot> shots, Failures told) {
        return run(rate, duration, shots, told, (index, dueNanos, answeredNanos, response) -> {
        });
    }

    private Result run(double rate, Duration duration, LongFunction<Shot> shots, Failures told, Answers answers) {
        Map<String, ConcurrentHistogram> latencies = new ConcurrentHashMap<>();
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        AtomicInteger inFlight = new AtomicInteger();
        long total = Math.max(1, Math.round(rate * duration.toNanos() / 1e9));
        double intervalNanos = 1e9 / rate;
        long start = System.nanoTime();
        long worstLateness = 0;
        for (long i = 0; i < total; i++) {
            long due = start + (long) (i * intervalNanos);
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            worstLateness = Math.max(worstLateness, -wait);
            Shot shot = shots.apply(i);
            ConcurrentHistogram histogram = latencies.computeIfAbsent(shot.kind(), kind -> new ConcurrentHistogram(3));
            AtomicLong failed = errors.computeIfAbsent(shot.kind(), kind -> new AtomicLong());
            if (inFlight.get() >= MAX_IN_FLIGHT) {
                failed.incrementAndGet();
                told.failed(shot.kind(), "not sent: " + MAX_IN_FLIGHT + " requests waiting for their answer");
                continue;
            }
            inFlight.incrementAndGet();
            CompletableFuture<HttpResponse<byte[]>> answer;
            try {
                answer = http.sendAsync(shot.request(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (RuntimeException e) {
                inFlight.decrementAndGet();
                failed.incrementAndGet();
                told.failed(shot.kind(), "not sent: " + e);
                continue;
            }
            long index = i;
            answer.whenComplete((response, failure) -> {
                long answered = System.nanoTime();
                histogram.recordValue(Math.max(1, (answered - due) / 1_000));
                if (failure != null) {
                    failed.incrementAndGet();
                    told.failed(shot.kind(), failure.toString());
                } else if (response.statusCode() / 100 != 2) {
                    failed.incrementAndGet();
                    byte[] body = response.body();
                    told.failed(shot.kind(), "HTTP " + response.statusCode() + " " + new String(body, 0,
                            Math.min(body.length, 300), java.nio.charset.StandardCharsets.UTF_8));
                }
                try {
                    answers.answered(index, due, answered, failure == null ? response : null);
                } finally {
                    inFlight.decrementAndGet();
                }
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
        Map<String, Histogram> recorded = new TreeMap<>();
        latencies.forEach((kind, histogram) -> recorded.put(kind, histogram.copy()));
        Map<String, Long> failures = new TreeMap<>();
        errors.forEach((kind, count) -> failures.put(kind, count.get() + 0L));
        // answers still missing after the wait are errors too
        long unanswered = inFlight.get();
        if (unanswered > 0) {
            failures.merge("(no answer within 30 s)", unanswered, Long::sum);
        }
        return new Result(rate, duration, total, recorded, failures, Duration.ofNanos(worstLateness));
    }
}
