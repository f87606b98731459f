package com.estate.workorder.category;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Suggests a category from a description by the community's keyword dictionary (Chinese and English): the category
 * with the most keyword hits, the longer keyword winning a tie (漏水 says more than 水). A suggestion is shown to the
 * agent, never applied by itself.
 */
public final class CategorySuggester {

    private CategorySuggester() {
    }

    public record Suggestion(String code, List<String> matched) {
    }

    public static Optional<Suggestion> suggest(List<RepairCategory> categories, String description) {
        if (description == null || description.isBlank()) {
            return Optional.empty();
        }
        String text = fold(description);
        return categories.stream()
                .map(category -> new Suggestion(category.code(), category.keywords().stream()
                        .filter(k -> !k.isBlank() && text.contains(fold(k))).toList()))
                .filter(s -> !s.matched().isEmpty())
                .max(Comparator.<Suggestion>comparingInt(s -> s.matched().size())
                        .thenComparingInt(s -> s.matched().stream().mapToInt(String::length).max().orElse(0)));
    }

    /** Full-width letters and case do not matter: 漏水 / LEAK / ｌｅａｋ all match. */
    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
