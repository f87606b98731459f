package com.estate.platform.security;

import com.estate.platform.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token that could not be checked because the issuer's keys could not be fetched (the issuer unreachable or too
 * slow, and no valid set cached, {@link IssuerKeys}) is the service's temporary failure, not the caller's and not a
 * defect: 503 {@code unavailable} with {@code Retry-After}, where Spring Security would rethrow the
 * {@link AuthenticationServiceException} as a 500. Runs just before the bearer-token filter.
 */
class KeysUnavailableFilter extends OncePerRequestFilter {

    /** Seconds a client should wait: a refetch is tried on the next request. */
    static final String RETRY_AFTER_SECONDS = "1";

    private final ProblemWriter writer;

    KeysUnavailableFilter(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (AuthenticationServiceException e) {
            if (response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            writer.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "unavailable");
        }
    }
}
