package com.estate.gateway.ratelimit;

import java.security.Principal;
import java.time.Duration;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import com.estate.gateway.problem.ProblemKind;
import com.estate.gateway.problem.ProblemWriter;
import com.estate.gateway.problem.Problems;
import com.estate.gateway.problem.RetryLaterException;
import com.estate.gateway.web.ClientAddressResolver;

import reactor.core.publisher.Mono;

/**
 * Applies {@code app.rate-limits}: a caller over its limit gets a 429 {@code too-many-requests} problem with
 * {@code Retry-After} (whole seconds) and the request goes no further. Runs after Spring Security (order -100),
 * so on {@code /api/**} the caller is the token's subject, already validated; a request without a valid token
 * was answered 401 before it got here. The client IP is what {@link ClientAddressResolver} says: the TCP peer, or
 * behind a trusted proxy the client that proxy saw, never an address the client wrote itself; IPv6 clients count
 * per /64.
 */
@Component
@Order(0)
public class RateLimitFilter implements WebFilter {

    private final RateLimitProperties properties;
    private final RateLimiter limiter;
    private final ProblemWriter writer;
    private final ClientAddressResolver clients;
    private final List<CompiledRule> rules;

    public RateLimitFilter(RateLimitProperties properties, RateLimiter limiter, ProblemWriter writer,
            ClientAddressResolver clients) {
        this.properties = properties;
        this.limiter = limiter;
        this.writer = writer;
        this.clients = clients;
        this.rules = properties.rules().stream().map(CompiledRule::of).toList();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!properties.enabled()) {
            return chain.filter(exchange);
        }
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        CompiledRule rule = rules.stream().filter(r -> r.matches(path)).findFirst().orElse(null);
        if (rule == null) {
            return chain.filter(exchange);
        }
        return callerOf(exchange, rule.rule().key())
                .flatMap(caller -> limiter.tryConsume(rule.rule().id() + ":" + caller, rule.rule().capacity(),
                        rule.rule().refillPeriod()))
                .flatMap(decision -> decision.allowed() ? chain.filter(exchange) : refuse(exchange, decision));
    }

    private Mono<Void> refuse(ServerWebExchange exchange, RateLimiter.Decision decision) {
        long seconds = retryAfterSeconds(decision.retryAfter());
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return writer.write(exchange, Problems.of(exchange, ProblemKind.TOO_MANY_REQUESTS, Long.toString(seconds)));
    }

    static long retryAfterSeconds(Duration wait) {
        return RetryLaterException.seconds(wait);
    }

    private Mono<String> callerOf(ServerWebExchange exchange, RateLimitProperties.Key key) {
        String ip = "ip:" + clients.rateLimitKey(exchange);
        if (key == RateLimitProperties.Key.IP) {
            return Mono.just(ip);
        }
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(authentication -> authentication.isAuthenticated())
                .map(Principal::getName)
                .map(name -> "sub:" + name)
                .defaultIfEmpty(ip);
    }

    private record CompiledRule(RateLimitProperties.Rule rule, List<PathPattern> patterns) {

        static CompiledRule of(RateLimitProperties.Rule rule) {
            return new CompiledRule(rule, rule.paths().stream().map(PathPatternParser.defaultInstance::parse).toList());
        }

        boolean matches(PathContainer path) {
            return patterns.stream().anyMatch(pattern -> pattern.matches(path));
        }
    }
}
