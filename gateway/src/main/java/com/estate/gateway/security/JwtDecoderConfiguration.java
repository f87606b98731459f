package com.estate.gateway.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Predicate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import com.estate.gateway.keys.KeyRing;

import reactor.core.publisher.Flux;

/**
 * Validates bearer tokens. With the built-in issuer, against the gateway's own public keys, in memory: no HTTP
 * round trip to its own JWKS. With an external provider, against that provider's JWKS (cached, refetched when
 * a token names an unknown {@code kid}). Either way only the configured public-key algorithms are accepted (so
 * {@code alg: none} and HMAC tricks fail), the {@code kid} must name a known key, and issuer, audience, expiry
 * and not-before are all checked. Verified tokens are remembered ({@link VerifiedTokenCache},
 * {@code app.security.token-cache}), expiry and the signing key still checked on each use.
 */
@Configuration(proxyBeanMethods = false)
class JwtDecoderConfiguration {

    @Bean
    ReactiveJwtDecoder jwtDecoder(GatewaySecurityProperties properties, ObjectProvider<KeyRing> keyRing, Clock clock) {
        NimbusReactiveJwtDecoder decoder;
        // which key ids still verify: with the built-in issuer, the key ring's at this instant (a revoked or expired
        // key drops out at once); an external provider's keys are re-checked at the cache's max age
        Predicate<String> keyAccepted;
        if (properties.builtInIssuer()) {
            KeyRing keys = keyRing.getObject();
            keyAccepted = kid -> kid != null
                    && keys.verificationKeys().stream().anyMatch(key -> kid.equals(key.getKeyID()));
            decoder = NimbusReactiveJwtDecoder
                    .withJwkSource(jwt -> Flux.fromIterable(keys.verificationKeys()))
                    .jwsAlgorithm(SignatureAlgorithm.RS256)
                    .build();
        } else {
            keyAccepted = kid -> true;
            decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri())
                    .jwsAlgorithms(algorithms -> properties.jwsAlgorithms()
                            .forEach(name -> algorithms.add(SignatureAlgorithm.from(name))))
                    .build();
        }
        decoder.setJwtValidator(validator(properties, clock));
        GatewaySecurityProperties.TokenCache cache = properties.tokenCache();
        if (!cache.enabled()) {
            return decoder;
        }
        return new VerifiedTokenCache(decoder, keyAccepted, clock, properties.clockSkew(), cache.maxAge(),
                cache.maxEntries());
    }

    private static OAuth2TokenValidator<Jwt> validator(GatewaySecurityProperties properties, Clock clock) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(properties.clockSkew());
        timestamps.setClock(clock);
        // RFC 9068 access tokens say "at+jwt"; the built-in issuer and most providers say "JWT".
        JwtTypeValidator types = new JwtTypeValidator("JWT", "at+jwt");
        types.setAllowEmpty(true);
        return new DelegatingOAuth2TokenValidator<>(
                timestamps,
                types,
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtIssuerValidator(properties.issuer()),
                new JwtAudienceValidator(properties.audience()));
    }
}
