package com.estate.gateway.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import com.estate.platform.core.pii.PiiMasks;

import reactor.core.publisher.Mono;

/**
 * Turns every error that reaches the top of the gateway (its own controllers, routing, a service that cannot
 * be reached) into a problem body. Ordered before Boot's default handler (order -1), which would answer with
 * its own JSON shape. Security failures never get here: the entry point and access-denied handler answer them.
 */
@Component
@Order(-2)
public class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final ProblemMapper mapper;
    private final ProblemWriter writer;

    public ProblemExceptionHandler(ProblemMapper mapper, ProblemWriter writer) {
        this.mapper = mapper;
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (exchange.getResponse().isCommitted()) {
            // Part of a response already went out (e.g. a service died mid-body); nothing sane can be added.
            return Mono.error(ex);
        }
        Problem problem = mapper.toProblem(exchange, ex);
        if (problem.status() == 500) {
            log.error("{} {} failed [requestId={}]", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath().value(), problem.requestId(), ex);
        } else if (problem.status() >= 500) {
            // A service is down or slow: worth seeing, but the stack trace of a refused connection says nothing.
            log.warn("{} {} answered {}: {} [requestId={}]", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath().value(), problem.status(), PiiMasks.maskNumbersIn(ex.toString()),
                    problem.requestId());
        } else if (log.isDebugEnabled()) {
            // A validation error quotes the rejected value: a phone number typed into /auth/otp, for one.
            log.debug("{} {} answered {}: {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath().value(), problem.status(), PiiMasks.maskNumbersIn(ex.toString()));
        }
        if (ex instanceof RetryLaterException later) {
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(later.retryAfterSeconds()));
        }
        if (ex instanceof MethodNotAllowedException notAllowed && !notAllowed.getSupportedMethods().isEmpty()) {
            exchange.getResponse().getHeaders().setAllow(notAllowed.getSupportedMethods());
        }
        return writer.write(exchange, problem);
    }
}
