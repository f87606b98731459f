package com.estate.platform.security;

import com.estate.platform.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * A request Spring Security's firewall refuses (a {@code ..} or {@code %2e} segment, a {@code ;}, an encoded
 * slash or percent sign, a control character) answers a 400 problem document, written at once: left to the
 * default handler it would be a bare {@code sendError} rendered by whichever error page is configured.
 */
class ProblemRequestRejectedHandler implements RequestRejectedHandler {

    private final ProblemWriter writer;

    ProblemRequestRejectedHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        writer.writeWithDetail(request, response, HttpStatus.BAD_REQUEST, "bad-request",
                "problem.bad-request.detail.refused");
    }
}
