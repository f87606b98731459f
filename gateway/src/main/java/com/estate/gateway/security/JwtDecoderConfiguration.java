package com.estate.gateway.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

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
 * and not-before are all checked.
 */
@Configuration(proxyBeanMethods = false)
class JwtDecoderConfiguration {

    @Bean
    ReactiveJwtDecoder jwtDecoder(GatewaySecurityProperties properties, ObjectProvider<KeyRing> keyRing, Clock clock) {
        NimbusReactiveJwtDecoder decoder;
        if (properties.builtInIssuer()) {
            KeyRing keys = keyRing.getObject();
            decoder = NimbusReactiveJwtDecoder
                    .withJwkSource(jwt -> Flux.fromIterable(keys.verificationKeys()))
                    .jwsAlgorithm(SignatureAlgorithm.RS256)
                    .build();
        } else {
            decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri())
                    .jwsAlgorithms(algorithms -> properties.jwsAlgorithms()
                            .forEach(name -> algorithms.add(SignatureAlgorithm.from(name))))
                    .build();
        }
        decoder.setJwtValidator(validator(properties, clock));
        return decoder;
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
