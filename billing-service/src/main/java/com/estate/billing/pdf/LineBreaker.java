package com.estate.billing.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks text into lines no wider than a width. Chinese breaks between any two characters; a run of Latin text
 * breaks at its last space when it has one; closing punctuation (，。、）) never starts a line, it stays on the
 * line before (the usual rule of Chinese typesetting, 避头点).
 */
final class LineBreaker {

    private static final String NO_LINE_START = "，。、；：！？）》」』】,.;:!?)%";

    private LineBreaker() {
    }

    static List<String> lines(String text, float maxWidth, ToDoubleFunction<String> width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            breakParagraph(paragraph, maxWidth, width, lines);
        }
        return lines;
    }

    private static void breakParagraph(String text, float maxWidth, ToDoubleFunction<String> width, List<String> out) {
        int start = 0;
        int end = 0;
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            boolean fits = width.applyAsDouble(text.substring(start, next)) <= maxWidth;
            if (fits || end == start || NO_LINE_START.indexOf(text.charAt(end)) >= 0) {
                end = next;
                continue;
            }
            int space = text.lastIndexOf(' ', end);
            int cut = space > start && latinRun(text, space, end + 1) ? space : end;
            out.add(text.substring(start, cut).stripTrailing());
            start = cut;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
            end = start;
        }
        out.add(text.substring(start).stripTrailing());
    }

    /** Whether {@code text[from, to)} is one word of Latin text (the word the line would cut). */
    private static boolean latinRun(String text, int from, int to) {
        return text.substring(from + 1, to).chars().allMatch(c -> c < 0x2E80 && c != ' ');
    }
}
