package com.estate.platform.web;

import com.estate.contracts.problems.ProblemCatalog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem body outside Spring MVC: in servlet filters and the security entry points. */
public class ProblemWriter {

    private final Problems problems;
    private final JsonMapper mapper;

    public ProblemWriter(Problems problems, JsonMapper mapper) {
        this.problems = problems;
        this.mapper = mapper;
    }

    /** In the request's language by the suite's rule: filters run before MVC has resolved a locale. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String code,
            Object... args) throws IOException {
        write(response, problems.create(ProblemLocaleResolver.languageOf(request), status, code, args));
    }

    /** With one of the code's detail variants in the catalog, e.g. {@code problem.bad-request.detail.refused}. */
    public void writeWithDetail(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status,
            String code, String detailKey) throws IOException {
        Locale locale = ProblemLocaleResolver.languageOf(request);
        ProblemDetail body = problems.create(locale, status, code);
        body.setDetail(ProblemCatalog.message(detailKey, locale));
        write(response, body);
    }

    private void write(HttpServletResponse response, ProblemDetail body) throws IOException {
        response.setStatus(body.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        mapper.writeValue(response.getOutputStream(), body);
    }
}
