package com.estate.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
        ProblemDetail body = problems.create(ProblemLocaleResolver.languageOf(request), status, code, args);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        mapper.writeValue(response.getOutputStream(), body);
    }
}
