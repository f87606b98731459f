package com.estate.gateway.auth;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Refresh-token settings ({@code APP_TOKENS_REFRESH_TOKEN_TTL}); access-token settings are in {@code app.security}. */
@Validated
@ConfigurationProperties("app.tokens")
public record TokenProperties(@NotNull Duration refreshTokenTtl) {

    public TokenProperties {
        if (refreshTokenTtl != null && (refreshTokenTtl.isZero() || refreshTokenTtl.isNegative())) {
            throw new IllegalArgumentException("app.tokens.refresh-token-ttl must be positive");
        }
    }
}
