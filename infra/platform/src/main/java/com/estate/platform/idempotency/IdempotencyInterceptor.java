package com.estate.platform.idempotency;

import com.estate.platform.idempotency.IdempotencyStore.Answered;
import com.estate.platform.idempotency.IdempotencyStore.Claimed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * Runs an {@link IdempotentCommand} at most once per caller (the validated token's subject) and
 * {@code Idempotency-Key}. Before the handler: claim the key, or answer a repeat from the store with
 * {@code Idempotent-Replayed: true}, or refuse (400 malformed key, 422 key used for another request, 409 first
 * request still running). After it: keep a 2xx answer, or free the key after a failure so a corrected retry runs.
 * Its problems are thrown before the handler, so ProblemAdvice renders them like any other.
 */
class IdempotencyInterceptor implements HandlerInterceptor {

    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private static final Logger log = LoggerFactory.getLogger(IdempotencyInterceptor.class);
    private static final String CLAIM = IdempotencyInterceptor.class.getName() + ".claim";

    private final IdempotencyStore store;

    IdempotencyInterceptor(IdempotencyStore store) {
        this.store = store;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!(handler instanceof HandlerMethod method) || !method.hasMethodAnnotation(IdempotentCommand.class)) {
            return true;
        }
        Optional<String> key = IdempotencyKeys.of(request);
        Optional<String> caller = callerSubject();
        BufferedBodyRequest body = WebUtils.getNativeRequest(request, BufferedBodyRequest.class);
        if (key.isEmpty() || caller.isEmpty() || body == null) {
            return true; // no key, or not a command method the capture filter buffers: runs as sent
        }
        String fingerprint = RequestFingerprint.of(request.getMethod(), pathAndQuery(request), body.body());
        return switch (store.claim(caller.get(), key.get(), fingerprint)) {
            case Claimed claimed -> {
                request.setAttribute(CLAIM, claimed);
                yield true;
            }
            case Answered answered -> {
                replay(answered.answer(), response);
                yield false;
            }
        };
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (!(request.getAttribute(CLAIM) instanceof Claimed claim)) {
            return;
        }
        ContentCachingResponseWrapper captured = WebUtils.getNativeResponse(response,
                ContentCachingResponseWrapper.class);
        int status = response.getStatus();
        try {
            if (ex == null && captured != null && status >= 200 && status < 300) {
                store.complete(claim, new StoredAnswer(status, keptHeaders(response),
                        captured.getContentAsByteArray()));
            } else {
                store.release(claim);
            }
        } catch (RuntimeException e) {
            // the key stays "in progress" until app.idempotency.claim-timeout; a retry then runs the command again
            log.error("idempotency: the outcome ({}) of a command could not be recorded", status, e);
        }
    }

    private static void replay(StoredAnswer answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        response.setHeader(REPLAYED_HEADER, "true");
        response.getOutputStream().write(answer.body());
    }

    private static Map<String, String> keptHeaders(HttpServletResponse response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : StoredAnswer.KEPT_HEADERS) {
            String value = response.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return headers;
    }

    private static String pathAndQuery(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }

    /** Keys are per caller: another caller's key, even an equal one, is another key. */
    private static Optional<String> callerSubject() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt && jwt.getSubject() != null) {
            return Optional.of(jwt.getSubject());
        }
        return Optional.empty();
    }
}
