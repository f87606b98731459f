package com.estate.gateway.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

import com.estate.contracts.identity.Role;
import com.estate.gateway.problem.ProblemKind;
import com.estate.gateway.problem.ProblemWriter;
import com.estate.gateway.problem.Problems;
import com.estate.gateway.security.ConditionalOnBuiltInIssuer;
import com.estate.gateway.security.GatewaySecurityProperties;
import com.estate.gateway.security.RoleAuthoritiesConverter;

/**
 * Staff administration needs a bearer token with {@code PLATFORM_ADMIN}. It lives under {@code /auth}, whose
 * general chain accepts no tokens at all (so a stale token cannot break a login); this chain therefore takes
 * {@code /auth/admin/**} first and validates tokens with the same decoder as {@code /api/**}: 401 without a
 * valid token, 403 without the role, each as a problem body.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBuiltInIssuer
class AdminSecurityConfiguration {

    static final String ADMIN_PATHS = "/auth/admin/**";

    @Bean
    @Order(0)
    SecurityWebFilterChain adminChain(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder, ProblemWriter writer,
            GatewaySecurityProperties security) {
        ServerAuthenticationEntryPoint unauthorized = (exchange, ex) -> {
            boolean tokenRejected = ex instanceof OAuth2AuthenticationException;
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                    tokenRejected ? "Bearer error=\"invalid_token\"" : "Bearer");
            return writer.write(exchange, tokenRejected
                    ? Problems.withDetail(exchange, ProblemKind.UNAUTHORIZED,
                            "problem.unauthorized.detail.token-rejected")
                    : Problems.of(exchange, ProblemKind.UNAUTHORIZED));
        };
        ServerAccessDeniedHandler forbidden = (exchange, denied) -> writer.write(exchange, ProblemKind.FORBIDDEN);

        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new RoleAuthoritiesConverter(security.claims()));

        return http
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers(ADMIN_PATHS))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .authorizeExchange(exchanges -> exchanges.anyExchange().hasRole(Role.PLATFORM_ADMIN.name()))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt
                                .jwtDecoder(jwtDecoder)
                                .jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(converter)))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .build();
    }
}
