package com.estate.platform.security;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;

/**
 * The issuer's public keys as a service sees them: its JWKS, fetched over HTTP and cached for
 * {@code app.security.jwk-set-cache-ttl}. Built here rather than by {@code NimbusJwtDecoder.withJwkSetUri}, whose
 * cache lifespan is fixed at Nimbus's five minutes unless a Spring {@code Cache} with its own expiry is supplied.
 *
 * <p>A set is used for at most the lifespan after it was fetched, so a key the issuer withdrew (revoked) is refused
 * at most that long after the service last fetched a set holding it. A token naming a {@code kid} missing from the
 * cached set makes the service refetch at once.
 */
final class IssuerKeys {

    private IssuerKeys() {
    }

    static JWKSource<SecurityContext> fromJwkSet(SecurityProperties properties) {
        // Nimbus's default HTTP timeouts (500 ms) and size limit, the same timeouts Spring's builder uses.
        return JWKSourceBuilder.create(url(properties.jwkSetUri()))
                .cache(properties.jwkSetCacheTtl().toMillis(), JWKSourceBuilder.DEFAULT_CACHE_REFRESH_TIMEOUT)
                // Refresh-ahead would not shorten the bound above (a cached set is served until it expires either
                // way) and runs a background thread; one request per lifespan pays a fetch instead.
                .refreshAheadCache(false)
                // As in Spring's builder: tokens with made-up kids could use up a rate limit's budget and then
                // block the regular refetch, failing every token.
                .rateLimited(false)
                // Outage tolerance would keep serving the last set, revoked keys included, while the issuer is
                // unreachable: fail closed instead.
                .outageTolerant(false)
                .build();
    }

    private static URL url(String jwkSetUri) {
        try {
            return URI.create(jwkSetUri).toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("app.security.jwk-set-uri is not a URL: " + jwkSetUri, e);
        }
    }
}
