package com.estate.gateway.problem;

import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

import com.estate.contracts.problems.ProblemLanguages;

/**
 * The language of problem texts for a request to the gateway, by the suite's one rule ({@link ProblemLanguages}):
 * Chinese unless the caller prefers English. Parsed from the header rather than through the exchange's locale
 * resolver, which would hand back any language asked for.
 */
public final class ProblemLanguage {

    public static final Locale DEFAULT = ProblemLanguages.DEFAULT;

    private ProblemLanguage() {
    }

    public static Locale of(ServerWebExchange exchange) {
        return of(exchange.getRequest().getHeaders());
    }

    static Locale of(HttpHeaders headers) {
        // Every Accept-Language line counts (HttpHeaders#getAcceptLanguage reads only the first).
        return ProblemLanguages.of(String.join(",", headers.getOrEmpty(HttpHeaders.ACCEPT_LANGUAGE)));
    }
}
