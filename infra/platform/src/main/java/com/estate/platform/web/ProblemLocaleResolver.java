package com.estate.platform.web;

import com.estate.contracts.problems.ProblemLanguages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;

/**
 * MVC's locale by the suite's one rule ({@link ProblemLanguages}): Chinese unless the caller prefers English, so
 * {@code fr} gets Chinese here as at the gateway (Spring's default resolver would hand back {@code fr}, and the
 * catalog would fall back to English).
 */
public class ProblemLocaleResolver implements LocaleResolver {

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return languageOf(request);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("the language follows Accept-Language");
    }

    static Locale languageOf(HttpServletRequest request) {
        // every Accept-Language line counts
        return ProblemLanguages.of(String.join(",", Collections.list(request.getHeaders(HttpHeaders.ACCEPT_LANGUAGE))));
    }
}
