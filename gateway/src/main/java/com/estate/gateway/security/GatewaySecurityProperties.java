package com.estate.gateway.security;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Token settings shared with the services ({@code APP_SECURITY_ISSUER}, {@code APP_SECURITY_AUDIENCE}) plus
 * the gateway's own: how long an access token lives and how much clock difference validation tolerates.
 * ({@code app.security.jwk-set-uri} is for the services; the gateway validates with the keys it holds.)
 */
@Validated
@ConfigurationProperties("app.security")
public record GatewaySecurityProperties(
        @NotBlank String issuer,
        @NotBlank String audience,
        @NotNull Duration accessTokenTtl,
        @NotNull Duration clockSkew) {

    public GatewaySecurityProperties {
        if (accessTokenTtl != null && (accessTokenTtl.isZero() || accessTokenTtl.isNegative())) {
            throw new IllegalArgumentException("app.security.access-token-ttl must be positive");
        }
        if (clockSkew != null && clockSkew.isNegative()) {
            throw new IllegalArgumentException("app.security.clock-skew must not be negative");
        }
    }
}
