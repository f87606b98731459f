package com.estate.platform.testapp;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Fails outside the controllers, as a broken filter would: the failure reaches Boot's /error page. */
@Component
class FailingFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        switch (request.getRequestURI()) {
            case "/api/samples/filter-boom" -> throw new IllegalStateException("filter detail that must not leak");
            case "/api/samples/filter-refuses" -> response.sendError(HttpServletResponse.SC_CONFLICT);
            default -> chain.doFilter(request, response);
        }
    }
}
