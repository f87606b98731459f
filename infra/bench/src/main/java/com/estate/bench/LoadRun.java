package com.estate.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A closed-loop load: {@code concurrency} callers, each sending its next request as soon as the previous answer
 * arrived, until {@code requests} answers are in. Every answer's latency is kept (not sampled), so the
 * percentiles are exact. Run a warm-up of the same shape first: the JVMs compile the hot paths and the
 * connection pools fill.
 */
final class LoadRun {

    private final HttpClient http;

    LoadRun(HttpClient http) {
        this.http = http;
    }

    void warmUp(HttpRequest request, int requests, int concurrency) {
        measure(request, requests, concurrency);
    }

    /** One measured run; {@code watched} are the processes whose CPU time per request is reported. */
    LatencyFigures run(String name, HttpRequest request, int requests, int concurrency, List<Watched> watched) {
        List<Duration> cpuBefore = Watched.cpuOf(watched);
        long started = System.nanoTime();
        Measured measured = measure(request, requests, concurrency);
        Duration wall = Duration.ofNanos(System.nanoTime() - started);
        List<Double> cpuMillisPerRequest = Watched.millisPerRequest(watched, cpuBefore, requests);
        return LatencyFigures.of(name, concurrency, measured.latencies(), measured.errors(), wall, cpuMillisPerRequest);
    }

    /** What spends CPU time during a run (a process of the suite, or the whole machine), read before and after it. */
    record Watched(String name, Supplier<Duration> cpuTime) {

        /** A process, its CPU time read from the operating system. */
        Watched(String name, ProcessHandle process) {
            this(name, () -> process.info().totalCpuDuration().orElse(Duration.ZERO));
        }

        /** Every process of the machine together ({@link Machine#busyCpu()}): was the CPU the bound? */
        static Watched machine() {
            return new Watched(MACHINE, Machine::busyCpu);
        }

        Duration cpu() {
            return cpuTime.get();
        }

        /** Each watched process's CPU time now, to be passed to {@link #millisPerRequest} after a run. */
        static List<Duration> cpuOf(List<Watched> watched) {
            return watched.stream().map(Watched::cpu).toList();
        }

        /** Each watched process's CPU time since {@code before}, in milliseconds per request of the run. */
        static List<Double> millisPerRequest(List<Watched> watched, List<Duration> before, long requests) {
            List<Double> perRequest = new ArrayList<>();
            for (int i = 0; i < watched.size(); i++) {
                perRequest.add(watched.get(i).cpu().minus(before.get(i)).toNanos() / 1e6 / requests);
            }
            return perRequest;
        }
    }

    static final String MACHINE = "machine";

    private Measured measure(HttpRequest request, int requests, int concurrency) {
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            callers.add(Thread.ofPlatform().name("bench-caller-" + i).start(() -> {
                for (int slot = next.getAndIncrement(); slot < requests; slot = next.getAndIncrement()) {
                    long start = System.nanoTime();
                    if (!ok(request)) {
                        errors.incrementAndGet();
                    }
                    latencies[slot] = System.nanoTime() - start;
                }
            }));
        }
        for (Thread caller : callers) {
            try {
                caller.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        return new Measured(latencies, errors.get());
    }

    private boolean ok(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private record Measured(long[] latencies, int errors) {
    }
}
