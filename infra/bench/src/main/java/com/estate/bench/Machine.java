package com.estate.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The machine a benchmark ran on, as infra/bench/RESULTS.md states it above the tables: CPU, cores, memory, JDK and
 * the suite's storage. Each benchmark rewrites it when it writes its figures, so the page names the machine of its
 * newest rows.
 */
final class Machine {

    private Machine() {
    }

    /** One line: e.g. "2 cores (AMD EPYC ...), 24 GB, Temurin 25.0.1, MongoDB stand-in on H2, embedded Kafka". */
    static String describe() {
        return String.format(Locale.ROOT, "%d cores (%s), %s memory, %s %s (%s), Linux %s; the suite's runtime: the MongoDB "
                        + "stand-in (mongo-java-server, H2 on-disk backend, compact format) and the embedded Kafka broker",
                Runtime.getRuntime().availableProcessors(), cpuModel(), memory(), System.getProperty("java.vendor"),
                System.getProperty("java.runtime.version"), System.getProperty("java.vm.name"),
                System.getProperty("os.version"));
    }

    /** Rewrites the machine line of RESULTS.md (between {@code <!-- machine:begin -->} and its end marker). */
    static void record(Path results) throws IOException {
        ResultsTable.replace(results, "machine", "Last written " + Instant.now().toString().substring(0, 16)
                + "Z on: " + describe() + ".");
    }

    /** The load average over 1, 5 and 15 minutes, e.g. "0.52 1.10 2.30": other work on the shared cores shows in it. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /**
     * The CPU time every process of this machine has used since it booted (all cores, from {@code /proc/stat}: user,
     * nice, system, irq, softirq and steal; idle and I/O wait left out), in 10 ms ticks; zero where there is no
     * {@code /proc/stat}. Two readings tell how busy the machine was between them, whoever kept it busy.
     */
    static java.time.Duration busyCpu() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long ticks = 0;
            for (int field : new int[] {1, 2, 3, 6, 7, 8}) { // user nice system irq softirq steal
                ticks += field < fields.length ? Long.parseLong(fields[field]) : 0;
            }
            return java.time.Duration.ofMillis(ticks * 10);
        } catch (IOException | RuntimeException e) {
            return java.time.Duration.ZERO;
        }
    }

    private static String cpuModel() {
        return firstValue(Path.of("/proc/cpuinfo"), "model name").orElse("unknown CPU");
    }

    private static String memory() {
        return firstValue(Path.of("/proc/meminfo"), "MemTotal")
                .map(kb -> Math.round(Long.parseLong(kb.replace("kB", "").trim()) / 1024.0 / 1024.0) + " GB")
                .orElse("unknown");
    }

    private static Optional<String> firstValue(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(line -> line.startsWith(key)).map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
