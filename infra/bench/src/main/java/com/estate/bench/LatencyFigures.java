package com.estate.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What one load run measured: how many answers per second, how long they took (percentiles of all), and how much
 * CPU time each watched process spent per request (in the order the processes were watched).
 */
record LatencyFigures(String name, int requests, int concurrency, int errors, Duration wall, double p50Millis,
        double p90Millis, double p99Millis, double maxMillis, List<Double> cpuMillisPerRequest) {

    static LatencyFigures of(String name, int concurrency, long[] latencyNanos, int errors, Duration wall,
            List<Double> cpuMillisPerRequest) {
        long[] sorted = latencyNanos.clone();
        Arrays.sort(sorted);
        return new LatencyFigures(name, sorted.length, concurrency, errors, wall, millis(sorted, 0.50),
                millis(sorted, 0.90), millis(sorted, 0.99), sorted[sorted.length - 1] / 1e6,
                List.copyOf(cpuMillisPerRequest));
    }

    double throughput() {
        return requests / (wall.toNanos() / 1e9);
    }

    /** Nearest-rank percentile. */
    private static double millis(long[] sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
