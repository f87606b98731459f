package com.estate.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
        Machine.record(results);
    }

    /** Replaces what stands between a section's markers with {@code text}. */
    static void replace(Path results, String section, String text) throws IOException {
        String begin = "<!-- " + section + ":begin -->";
        String end = "<!-- " + section + ":end -->";
        String current = Files.readString(results);
        int from = current.indexOf(begin);
        int to = current.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException(results + " has no " + begin + " ... " + end + " section");
        }
        Files.writeString(results, current.substring(0, from + begin.length()) + "\n" + text + "\n"
                + current.substring(to));
    }

    /** The median of at least one figure (the middle one; of an even count, the upper middle). */
    static double median(List<Double> figures) {
        List<Double> sorted = figures.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
