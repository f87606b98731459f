package com.estate.gateway.security;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import com.estate.contracts.identity.TokenAlgorithms;
import com.estate.contracts.identity.TokenClaims;

/**
 * Token settings, shared with the services where the names match ({@code APP_SECURITY_ISSUER},
 * {@code APP_SECURITY_AUDIENCE}, {@code APP_SECURITY_JWK_SET_URI}, {@code APP_SECURITY_JWS_ALGORITHMS},
 * {@code APP_SECURITY_CLAIMS_*}).
 *
 * @param builtInIssuer  true (default): the gateway issues tokens itself and validates them with the keys it
 *                       holds; false: an external OpenID Connect provider issues them, and the gateway validates
 *                       them against {@code jwkSetUri} (README, "External identity provider")
 * @param issuer         the {@code iss} the gateway writes (built-in) or requires (both modes)
 * @param audience       the {@code aud} entry, likewise
 * @param jwkSetUri      the external provider's JWKS; required when the built-in issuer is off, unused otherwise
 * @param jwsAlgorithms  accepted signature algorithms, public-key ones only; the built-in issuer signs RS256
 * @param claims         where roles, communities and resident ids sit in a token
 * @param accessTokenTtl how long an access token from the built-in issuer lives
 * @param clockSkew      how much clock difference validation tolerates
 * @param tokenCache     how verified tokens are remembered ({@link VerifiedTokenCache})
 */
@Validated
@ConfigurationProperties("app.security")
public record GatewaySecurityProperties(
        @DefaultValue("true") boolean builtInIssuer,
        @NotBlank String issuer,
        @NotBlank String audience,
        String jwkSetUri,
        List<String> jwsAlgorithms,
        TokenClaims claims,
        @NotNull Duration accessTokenTtl,
        @NotNull Duration clockSkew,
        @DefaultValue TokenCache tokenCache) {

    public static final String BUILT_IN_ISSUER = "app.security.built-in-issuer";

    public GatewaySecurityProperties {
        if (accessTokenTtl != null && (accessTokenTtl.isZero() || accessTokenTtl.isNegative())) {
            throw new IllegalArgumentException("app.security.access-token-ttl must be positive");
        }
        if (clockSkew != null && clockSkew.isNegative()) {
            throw new IllegalArgumentException("app.security.clock-skew must not be negative");
        }
        if (!builtInIssuer && (jwkSetUri == null || jwkSetUri.isBlank())) {
            throw new IllegalArgumentException("app.security.jwk-set-uri (APP_SECURITY_JWK_SET_URI) must name the "
                    + "external identity provider's JWKS when app.security.built-in-issuer is false");
        }
        jwsAlgorithms = TokenAlgorithms.require(jwsAlgorithms);
        claims = claims == null ? TokenClaims.DEFAULT : claims;
        tokenCache = tokenCache == null ? new TokenCache(true, 10_000, Duration.ofMinutes(1)) : tokenCache;
    }

    /**
     * Verified tokens remembered by the SHA-256 of the token ({@link VerifiedTokenCache}).
     *
     * @param enabled    false: every request's token is verified in full
     * @param maxEntries the most tokens remembered (one per active client; about 2 KB each)
     * @param maxAge     the longest a token is used without being verified again in full; expiry and the signing
     *                   key's revocation are checked on every request regardless
     */
    public record TokenCache(@DefaultValue("true") boolean enabled, @DefaultValue("10000") int maxEntries,
            @DefaultValue("1m") Duration maxAge) {

        public TokenCache {
            if (maxEntries < 1) {
                throw new IllegalArgumentException("app.security.token-cache.max-entries must be at least 1");
            }
            if (maxAge == null || maxAge.isZero() || maxAge.isNegative()) {
                throw new IllegalArgumentException("app.security.token-cache.max-age must be positive");
            }
        }
    }
}
