package com.estate.platform.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.estate.contracts.identity.TokenAlgorithms;
import com.estate.contracts.identity.TokenClaims;

/**
 * Where the services get the keys that sign access tokens, and what the tokens must say. The defaults trust the
 * gateway's built-in issuer; pointing these at an external OpenID Connect provider is all it takes to trust that
 * one instead (README, "External identity provider").
 *
 * @param jwkSetUri      the issuer's JWKS (the gateway's {@code /.well-known/jwks.json}, or an external IdP's)
 * @param issuer         the required {@code iss}
 * @param audience       the required {@code aud} entry
 * @param jwsAlgorithms  the accepted signature algorithms, public-key ones only (RS256 by default)
 * @param claims         where roles, communities and resident ids sit in the token
 * @param jwkSetCacheTtl how long a JWKS fetched from {@code jwkSetUri} is used before it is fetched again: the
 *                       longest a service keeps accepting a key after the issuer stopped publishing it (a revoked
 *                       key). A token naming a {@code kid} missing from the cached set makes the service refetch
 *                       at once, so a new key is never waited for.
 * @param unauthenticatedPaths POST paths (Spring path patterns) that take no token because their caller is not a
 *                       user but a partner that proves itself otherwise, e.g. a payment provider's signed callback
 *                       ({@code /api/billing/payments/callback/*}); the handler must verify that proof. Empty by
 *                       default.
 */
@ConfigurationProperties("app.security")
public record SecurityProperties(
        @DefaultValue("http://127.0.0.1:8080/.well-known/jwks.json") String jwkSetUri,
        @DefaultValue("estate-gateway") String issuer,
        @DefaultValue("estate-api") String audience,
        List<String> jwsAlgorithms,
        TokenClaims claims,
        @DefaultValue("30s") Duration jwkSetCacheTtl,
        List<String> unauthenticatedPaths) {

    public SecurityProperties {
        if (jwkSetCacheTtl.isZero() || jwkSetCacheTtl.isNegative()) {
            throw new IllegalArgumentException("app.security.jwk-set-cache-ttl must be positive");
        }
        jwsAlgorithms = TokenAlgorithms.require(jwsAlgorithms);
        claims = claims == null ? TokenClaims.DEFAULT : claims;
        unauthenticatedPaths = unauthenticatedPaths == null ? List.of() : List.copyOf(unauthenticatedPaths);
    }
}
