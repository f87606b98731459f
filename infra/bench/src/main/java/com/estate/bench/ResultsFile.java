package com.estate.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** infra/bench/RESULTS.md: each benchmark appends its row to its own table, between its section's markers. */
final class ResultsFile {

    private ResultsFile() {
    }

    /** Appends the row before {@code <!-- <section>:end -->}, keeping earlier rows. */
    static void appendRow(Path results, String section, String row) throws IOException {
        String begin = "<!-- " + section + ":begin -->";
        String end = "<!-- " + section + ":end -->";
        String text = Files.readString(results);
        int at = text.indexOf(end);
        if (text.indexOf(begin) < 0 || at < 0) {
            throw new IllegalStateException(results + " has no " + begin + " ... " + end + " section");
        }
        Files.writeString(results, text.substring(0, at) + row + "\n" + text.substring(at));
    }
}
