package com.estate.gateway.problem;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * The language of problem texts: Chinese (zh-CN) unless the caller's {@code Accept-Language} prefers English.
 * The catalog has only these two, so the first range naming either decides, in the caller's order of
 * preference; a wildcard, any other language, no header or a header that cannot be parsed all mean Chinese.
 * Parsed here rather than through the exchange's locale resolver, which would hand back any language asked for.
 */
public final class ProblemLanguage {

    public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

    private ProblemLanguage() {
    }

    public static Locale of(ServerWebExchange exchange) {
        return of(exchange.getRequest().getHeaders());
    }

    static Locale of(HttpHeaders headers) {
        // Every Accept-Language line counts (HttpHeaders#getAcceptLanguage reads only the first).
        String header = String.join(",", headers.getOrEmpty(HttpHeaders.ACCEPT_LANGUAGE));
        if (header.isBlank()) {
            return DEFAULT;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header); // sorted by weight, highest first
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
