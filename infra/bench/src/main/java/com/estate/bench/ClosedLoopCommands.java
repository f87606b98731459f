package com.estate.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * A closed loop of commands, each a request of its own ({@link LoadRun} repeats one): {@code callers} threads, each
 * sending command {@code i} as soon as its previous answer arrived, until {@code count} were sent. What the loop
 * reaches is the service's saturation throughput for the command; latencies are from each send (a closed loop has no
 * due time). The result has the shape of {@link FixedRateLoad}'s, its rate the one reached.
 */
final class ClosedLoopCommands {

    private final HttpClient http;

    ClosedLoopCommands(HttpClient http) {
        this.http = http;
    }

    FixedRateLoad.Result run(String kind, int count, int callers, LongFunction<HttpRequest> requests,
            FixedRateLoad.Answers answers) {
        ConcurrentHistogram latencies = new ConcurrentHistogram(3);
        AtomicLong next = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long started = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
            threads.add(Thread.ofPlatform().name("bench-command-" + c).start(() -> {
                for (long i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    HttpRequest request = requests.apply(i);
                    long sent = System.nanoTime();
                    HttpResponse<byte[]> response = send(request);
                    long answered = System.nanoTime();
                    latencies.recordValue(Math.max(1, (answered - sent) / 1_000));
                    if (response == null || response.statusCode() / 100 != 2) {
                        errors.incrementAndGet();
                    }
                    answers.answered(i, sent, answered, response);
                }
            }));
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - started);
        Histogram recorded = latencies.copy();
        return new FixedRateLoad.Result(count / (wall.toNanos() / 1e9), wall, count, Map.of(kind, recorded),
                Map.of(kind, errors.get()), Duration.ZERO);
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
