package com.estate.platform.security;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
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
 * cached set makes the service refetch at once. When the keys cannot be had (the issuer unreachable and no valid
 * set cached), a request answers 503 {@code unavailable}, not 500 ({@link KeysUnavailableFilter}).
 */
final class IssuerKeys {

    private IssuerKeys() {
    }

    /** Connecting to the issuer and reading its JWKS, each: longer than Nimbus's 500 ms, which a busy gateway misses. */
    static final int CONNECT_TIMEOUT_MILLIS = 1_000;
    static final int READ_TIMEOUT_MILLIS = 2_000;

    static JWKSource<SecurityContext> fromJwkSet(SecurityProperties properties) {
        long lifespan = properties.jwkSetCacheTtl().toMillis();
        // Nimbus requires refresh-ahead time + refresh wait <= lifespan; a third each leaves the last third as margin.
        long refreshAhead = lifespan / 3;
        long refreshWait = Math.min(lifespan / 3, 5_000);
        return JWKSourceBuilder.create(url(properties.jwkSetUri()),
                        new DefaultResourceRetriever(CONNECT_TIMEOUT_MILLIS, READ_TIMEOUT_MILLIS,
                                JWKSourceBuilder.DEFAULT_HTTP_SIZE_LIMIT))
                .cache(lifespan, refreshWait)
                // The last third of a set's lifespan, the first request that uses it starts a refetch in the
                // background and is answered from the set meanwhile: a request waits for the issuer only when no
                // request came for a whole lifespan, and a slow or failed refetch costs no request an error while the
                // set is still valid. The bound above holds: a set is never used after its lifespan.
                .refreshAheadCache(refreshAhead, false)
                // As in Spring's builder: tokens with made-up kids could use up a rate limit's budget and then
                // block the regular refetch, failing every token.
                .rateLimited(false)
                // Outage tolerance would keep serving the last set, revoked keys included, while the issuer is
                // unreachable: fail closed instead (503 unavailable, KeysUnavailableFilter).
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
