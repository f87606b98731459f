package com.estate.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The tables of infra/bench/RESULTS.md that benchmarks append their figures to, one section each. */
final class ResultsTable {

    private ResultsTable() {
    }

    /**
     * Appends a row to the table of a section, just before its end marker ({@code <!-- <section>:end -->}), keeping
     * earlier rows.
     */
    static void append(Path results, String section, String row) throws IOException {
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
