package com.estate.gateway.security;


import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

import com.estate.gateway.problem.ProblemKind;
import com.estate.gateway.problem.ProblemWriter;
import com.estate.gateway.problem.Problems;

/**
 * Two filter chains. {@code /api/**} needs a valid bearer token. Everything else never looks at a token: the
 * login, JWKS and health endpoints are public and any other path is refused (with the built-in issuer off,
 * nothing serves {@code /auth/**} or {@code /.well-known/**}, so those answer 404). Keeping tokens out of the
 * second chain means a stale token sent to {@code /auth/login} cannot make the login itself fail.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    static final String[] PUBLIC_PATHS = {"/auth/**", "/.well-known/**", "/actuator/health/**",
            // API documents (com.estate.gateway.apidocs): each service's, and Swagger UI's config and page
            "/v3/api-docs/*", "/v3/api-docs/gateway/swagger-config", "/swagger-ui.html", "/swagger-ui/**"};

    @Bean
    @Order(1)
    SecurityWebFilterChain apiChain(ServerHttpSecurity http, BearerTokenChains chains,
            RouteAccessProperties routeAccess) {
        RoleMatrix roleMatrix = new RoleMatrix(routeAccess.access());
        return chains.build(http, ServerWebExchangeMatchers.pathMatchers("/api/**"), exchanges -> {
            // Partner callbacks first (no token: the service checks their signature), then the configured role
            // matrix (first match decides; no match: any valid token), tried in one pass (RoleMatrix).
            for (String path : routeAccess.unauthenticatedPosts()) {
                exchanges.matchers(new PathPatternParserServerWebExchangeMatcher(path, HttpMethod.POST)).permitAll();
            }
            exchanges.anyExchange().access(roleMatrix);
        });
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain edgeChain(ServerHttpSecurity http, ProblemWriter writer,
            ProblemAccessDeniedHandler accessDenied) {
        // No credentials are accepted on this chain, so "authenticate first" makes no sense as an answer: an
        // unlisted path is simply not served here.
        ServerAuthenticationEntryPoint notServed = (exchange, ex) ->
                writer.write(exchange, Problems.withDetail(exchange, ProblemKind.NOT_FOUND,
                        "problem.not-found.detail.path"));
        return BearerTokenChains.stateless(http)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(PUBLIC_PATHS).permitAll()
                        .anyExchange().denyAll())
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(notServed)
                        .accessDeniedHandler(accessDenied))
                .build();
    }
}
