package com.estate.gateway.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.stereotype.Component;

/**
 * Builds the gateway's filter chains that take bearer tokens ({@code /api/**}, {@code /auth/admin/**}) the same
 * way: stateless, validated by the one decoder, roles read where {@code app.security.claims.roles} says, and 401/403
 * answered as problems. Each chain adds only its paths and its rules.
 */
@Component
public class BearerTokenChains {

    private final ReactiveJwtDecoder decoder;
    private final ReactiveJwtAuthenticationConverterAdapter authentication;
    private final ProblemAuthenticationEntryPoint unauthorized;
    private final ProblemAccessDeniedHandler forbidden;

    BearerTokenChains(ReactiveJwtDecoder decoder, GatewaySecurityProperties security,
            ProblemAuthenticationEntryPoint unauthorized, ProblemAccessDeniedHandler forbidden) {
        this.decoder = decoder;
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new RoleAuthoritiesConverter(security.claims()));
        this.authentication = new ReactiveJwtAuthenticationConverterAdapter(converter);
        this.unauthorized = unauthorized;
        this.forbidden = forbidden;
    }

    public SecurityWebFilterChain build(ServerHttpSecurity http, ServerWebExchangeMatcher paths,
            Customizer<ServerHttpSecurity.AuthorizeExchangeSpec> rules) {
        return stateless(http)
                .securityMatcher(paths)
                .authorizeExchange(rules)
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(authentication))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .build();
    }

    /** Token-only API: no sessions, no saved requests, no browser login forms, no CSRF tokens. */
    static ServerHttpSecurity stateless(ServerHttpSecurity http) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()));
    }
}
