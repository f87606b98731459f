package com.estate.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A command of {@code ./suite} run as a process of its own against the suite the journeys run on (for a job the suite
 * runs beside its services, e.g. {@code reconcile}): the same script, state dir and port offset, which
 * {@code ./suite test} passes as {@code e2e.suite-script}, {@code e2e.suite-state} and {@code e2e.suite-port-offset}.
 * Missing values fail loudly, as {@link E2eSettings} does: a guess would run the job against another suite.
 */
record SuiteCommand(Path script, Path state, String portOffset) {

    /** What the process did: its exit code and everything it printed. */
    record Outcome(int exitCode, String output) {
    }

    static SuiteCommand fromSystemProperties() {
        return new SuiteCommand(Path.of(required("e2e.suite-script")), Path.of(required("e2e.suite-state")),
                required("e2e.suite-port-offset"));
    }

    /** Runs {@code bash <script> <command>} with the suite's state dir and port offset, waiting at most {@code limit}. */
    Outcome run(String command, Duration limit) {
        try {
            Path output = Files.createTempFile("suite-" + command + "-", ".log");
            ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), command)
                    .redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().put("SUITE_STATE", state.toString());
            builder.environment().put("SUITE_PORT_OFFSET", portOffset);
            Process process = builder.start();
            if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
                throw new AssertionError("./suite " + command + " did not finish within " + limit + ": "
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            Files.deleteIfExists(output);
            return new Outcome(process.exitValue(), printed);
        } catch (IOException e) {
            throw new UncheckedIOException("could not run ./suite " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for ./suite " + command, e);
        }
    }

    private static String required(String name) {
        String value = System.getProperty(name, "");
        if (value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException("system property " + name + " is not set; ./suite test sets it (by"
                    + " hand: -De2e.suite-script=$PWD/suite -De2e.suite-state=$PWD/.suite/dev"
                    + " -De2e.suite-port-offset=0 for the suite those name)");
        }
        return value;
    }
}
