package com.estate.platform.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Boot's {@code /error} page, as a problem document instead of Boot's own error JSON or HTML: whatever fails
 * outside the controllers (a filter that throws or calls {@code sendError}, a request Tomcat refuses after mapping
 * it) is forwarded here. Failures inside the controllers never get here: {@link ProblemAdvice} answers them.
 */
@Hidden // not part of any service's API
@RestController
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final Problems problems;

    ProblemErrorController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // asked for directly, /error is a path like any other that serves nothing
        HttpStatusCode status = code instanceof Integer value ? HttpStatusCode.valueOf(value) : HttpStatus.NOT_FOUND;
        ProblemDetail body = problems.create(status, ProblemAdvice.codeFor(status));
        if (status.value() == 404) {
            body.setDetail(problems.message("problem.not-found.detail.path"));
        }
        if (status.is5xxServerError() && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable e) {
            log.error("unexpected failure outside the controllers of {}",
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), e);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
