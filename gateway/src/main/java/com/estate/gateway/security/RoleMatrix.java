package com.estate.gateway.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import com.estate.contracts.identity.Role;

import reactor.core.publisher.Mono;

/**
 * The role matrix ({@code app.routes.access}) as one authorization decision: the first rule whose method and path
 * pattern match the request decides which roles may pass; a request no rule matches needs only a valid token.
 * <p>
 * The same rules were once one Spring Security matcher each ({@code pathMatchers(...).hasAnyRole(...)}): every
 * request that no rule matches (most reads) then went through some sixty reactive matchers, an {@code Or} of
 * publishers per rule, before reaching {@code anyExchange()}, a few hundred operators per request. Here the rules are
 * parsed once and tried in a plain loop; patterns, methods and order mean exactly what they meant there (patterns
 * parsed as Spring Security parses them, matched against the path within the application; "/x" also covers "/x/").
 */
final class RoleMatrix implements ReactiveAuthorizationManager<AuthorizationContext> {

    private final List<CompiledRule> rules;

    RoleMatrix(List<RouteAccessProperties.AccessRule> rules) {
        this.rules = rules.stream().map(CompiledRule::of).toList();
    }

    @Override
    public Mono<AuthorizationResult> authorize(Mono<Authentication> authentication, AuthorizationContext context) {
        CompiledRule rule = decidingRule(context.getExchange().getRequest());
        return authentication
                .filter(caller -> caller.isAuthenticated() && !(caller instanceof AnonymousAuthenticationToken))
                .map(caller -> rule == null || rule.allows(caller))
                .defaultIfEmpty(false)
                .map(AuthorizationDecision::new);
    }

    /** The first rule that matches the request, or null when none does. */
    CompiledRule decidingRule(ServerHttpRequest request) {
        PathContainer path = request.getPath().pathWithinApplication();
        HttpMethod method = request.getMethod();
        for (CompiledRule rule : rules) {
            if (rule.matches(method, path)) {
                return rule;
            }
        }
        return null;
    }

    /** One rule, parsed: its patterns, its methods (empty: all) and the authorities of its roles. */
    record CompiledRule(List<PathPattern> patterns, Set<HttpMethod> methods, Set<String> authorities) {

        static CompiledRule of(RouteAccessProperties.AccessRule rule) {
            PathPatternParser parser = PathPatternParser.defaultInstance;
            List<PathPattern> patterns = new ArrayList<>();
            // "/x" and "/x/" are told apart by path patterns; a trailing slash must not slip past a rule.
            rule.paths().stream()
                    .flatMap(path -> path.endsWith("/**") ? Stream.of(path) : Stream.of(path, path + "/"))
                    .forEach(path -> patterns.add(parser.parse(parser.initFullPathPattern(path))));
            return new CompiledRule(List.copyOf(patterns), Set.copyOf(rule.httpMethods()),
                    rule.roles().stream().map(Role::authority).collect(Collectors.toUnmodifiableSet()));
        }

        boolean matches(HttpMethod method, PathContainer path) {
            if (!methods.isEmpty() && !methods.contains(method)) {
                return false;
            }
            for (PathPattern pattern : patterns) {
                if (pattern.matches(path)) {
                    return true;
                }
            }
            return false;
        }

        boolean allows(Authentication caller) {
            for (GrantedAuthority authority : caller.getAuthorities()) {
                if (authorities.contains(authority.getAuthority())) {
                    return true;
                }
            }
            return false;
        }
    }
}
