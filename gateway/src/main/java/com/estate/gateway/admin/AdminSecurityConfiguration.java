package com.estate.gateway.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

import com.estate.contracts.identity.Role;
import com.estate.gateway.security.BearerTokenChains;
import com.estate.gateway.security.ConditionalOnBuiltInIssuer;

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
    SecurityWebFilterChain adminChain(ServerHttpSecurity http, BearerTokenChains chains) {
        return chains.build(http, ServerWebExchangeMatchers.pathMatchers(ADMIN_PATHS),
                exchanges -> exchanges.anyExchange().hasRole(Role.PLATFORM_ADMIN.name()));
    }
}
