package com.estate.platform.web;

import com.estate.contracts.problems.ProblemCatalog;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problem bodies from the suite's {@link ProblemCatalog}: a stable {@code type} URI and machine
 * {@code code}, with title and detail in the caller's language (Accept-Language; Chinese by default). Used by
 * the MVC advice and by the security handlers, so every error of every service looks the same.
 */
public class Problems {

    /** In the language of the request being handled (MVC's locale, resolved by {@link ProblemLocaleResolver}). */
    public ProblemDetail create(HttpStatusCode status, String code, Object... args) {
        return create(LocaleContextHolder.getLocale(), status, code, args);
    }

    /** In the given language: for filters, which run before MVC resolves the locale. */
    public ProblemDetail create(Locale locale, HttpStatusCode status, String code, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(ProblemCatalog.type(code));
        problem.setTitle(ProblemCatalog.title(code, locale));
        problem.setDetail(ProblemCatalog.detail(code, locale, args));
        problem.setProperty("code", code);
        return problem;
    }

    /** Another message of the catalog in the caller's language, e.g. what is wrong with one field. */
    public String message(String key, Object... args) {
        return ProblemCatalog.message(key, LocaleContextHolder.getLocale(), args);
    }
}
