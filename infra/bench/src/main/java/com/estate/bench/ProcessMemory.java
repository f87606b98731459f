package com.estate.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** How much memory a process of the suite holds, for the benchmarks' reports. */
final class ProcessMemory {

    private ProcessMemory() {
    }

    /** VmRSS in KB from /proc (Linux); empty elsewhere. */
    static Optional<Long> rssKb(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
