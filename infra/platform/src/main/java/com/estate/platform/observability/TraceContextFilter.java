package com.estate.platform.observability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Joins the trace the gateway started (or starts one) for the duration of a request. */
public class TraceContextFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        TraceContext.begin(request.getHeader(TraceContext.HEADER));
        try {
            response.setHeader(TraceContext.HEADER, TraceContext.currentTraceparent());
            chain.doFilter(request, response);
        } finally {
            TraceContext.end();
        }
    }
}
