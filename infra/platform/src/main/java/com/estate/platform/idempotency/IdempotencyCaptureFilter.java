package com.estate.platform.idempotency;

import com.estate.platform.problem.PayloadTooLargeException;
import com.estate.platform.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.util.StreamUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The capturing half of {@link IdempotencyInterceptor}: for a command sent with an {@code Idempotency-Key}, reads
 * the body up front (through the body limit, which runs before: too large is still 413) so the interceptor can
 * fingerprint it, and holds the whole answer back until the interceptor has stored it. Runs after Spring
 * Security, so an unauthenticated request is refused before its body is read. Multipart uploads are never
 * captured: they may be hundreds of megabytes and are streamed to the file store, so no upload endpoint is an
 * {@link IdempotentCommand} and the header is ignored there.
 */
class IdempotencyCaptureFilter extends OncePerRequestFilter {

    private static final Set<String> COMMAND_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final ProblemWriter problemWriter;

    IdempotencyCaptureFilter(ProblemWriter problemWriter) {
        this.problemWriter = problemWriter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(IdempotencyKeys.HEADER) == null || !COMMAND_METHODS.contains(request.getMethod())
                || isMultipart(request);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && contentType.regionMatches(true, 0, "multipart/", 0, "multipart/".length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body;
        try {
            body = StreamUtils.copyToByteArray(request.getInputStream());
        } catch (PayloadTooLargeException e) {
            problemWriter.write(request, response, HttpStatus.CONTENT_TOO_LARGE, e.code(), e.args());
            return;
        }
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(new BufferedBodyRequest(request, body), captured);
        } finally {
            captured.copyBodyToResponse();
        }
    }
}
