package com.estate.platform.web;

import com.estate.contracts.problems.ProblemCatalog;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's last word on a failed request, as a problem document instead of Tomcat's HTML page. It answers what
 * never reaches the application: a request line Tomcat refuses while decoding it (an encoded slash, backslash or
 * NUL, invalid percent-encoding), before any servlet, filter or {@code /error} page runs.
 */
class ProblemReportValve extends ErrorReportValve {

    private final Problems problems;
    private final JsonMapper mapper;

    ProblemReportValve(Problems problems, JsonMapper mapper) {
        this.problems = problems;
        this.mapper = mapper;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // as Tomcat's own report: not for a success, nor when a body was written, nor twice
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        Locale locale = ProblemLocaleResolver.languageOf(request);
        HttpStatusCode code = HttpStatusCode.valueOf(status);
        ProblemDetail body = problems.create(locale, code, ProblemAdvice.codeFor(code));
        if (status == 400) {
            body.setDetail(ProblemCatalog.message("problem.bad-request.detail.refused", locale));
        }
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(mapper.writeValueAsString(body));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the response was committed meanwhile: nothing more can be said
        }
    }
}
