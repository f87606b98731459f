package com.estate.contracts.problems;

import java.util.List;
import java.util.Locale;

/**
 * The one rule for the language of problem texts, in the gateway and in every service: Chinese (zh-CN) unless the
 * caller's {@code Accept-Language} prefers English. The catalog has only these two, so the first range naming
 * either decides, in the caller's order of preference; a wildcard, any other language ({@code fr}, ...), no
 * header or a header that cannot be parsed all mean Chinese. {@code zh-TW} is Chinese too: the catalog's Chinese
 * is the nearest it has.
 */
public final class ProblemLanguages {

    public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

    private ProblemLanguages() {
    }

    /** @param acceptLanguage every {@code Accept-Language} line of the request joined by commas, or null */
    public static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage); // sorted by weight, highest first
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue; // q=0 means "not this one"
            }
            String primary = range.getRange().split("-", 2)[0];
            if (primary.equals("en")) {
                return Locale.ENGLISH;
            }
            if (primary.equals("zh") || primary.equals("*")) {
                return DEFAULT;
            }
            // a language the catalog does not have: look further down the caller's list
        }
        return DEFAULT;
    }
}
