package com.estate.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import com.estate.gateway.support.HandMadeTokens;
import com.estate.testsupport.MovableClock;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The verified-token cache in front of a real RS256 verifier (Nimbus, the gateway's timestamp validator on a movable
 * clock, keys from a list the test can revoke from, as the key ring does): hits skip the verification, and nothing
 * a caller can observe changes: expired tokens, tokens of a revoked key and forged tokens are refused as before.
 */
class VerifiedTokenCacheTest {

    private static final Duration SKEW = Duration.ofSeconds(30);
    private static final Duration MAX_AGE = Duration.ofMinutes(1);

    private static RSAKey signingKey;
    private static RSAKey otherKey;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T08:00:00Z"));
    private final HandMadeTokens tokens = new HandMadeTokens("estate-gateway", "estate-api");
    /** The public keys that verify, like {@code KeyRing.verificationKeys()}. */
    private final List<RSAKey> verifying = new CopyOnWriteArrayList<>();
    private final AtomicInteger verifications = new AtomicInteger();
    private VerifiedTokenCache cache;

    @BeforeAll
    static void keys() throws JOSEException {
        signingKey = new RSAKeyGenerator(2048).keyID("key-1").generate();
        otherKey = new RSAKeyGenerator(2048).keyID("key-2").generate();
    }

    @BeforeEach
    void setUp() {
        verifying.add(signingKey.toPublicJWK());
        verifying.add(otherKey.toPublicJWK());
        cache = cache(10);
    }

    private VerifiedTokenCache cache(int maxEntries) {
        NimbusReactiveJwtDecoder nimbus = NimbusReactiveJwtDecoder
                .withJwkSource(jwt -> Flux.fromIterable(verifying))
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator(SKEW);
        timestamps.setClock(clock);
        nimbus.setJwtValidator(timestamps);
        ReactiveJwtDecoder counted = token -> Mono.defer(() -> {
            verifications.incrementAndGet();
            return nimbus.decode(token);
        });
        return new VerifiedTokenCache(counted, kid -> verifying.stream().anyMatch(key -> key.getKeyID().equals(kid)),
                clock, SKEW, MAX_AGE, maxEntries);
    }

    private String token(RSAKey key, Duration lifetime) {
        Instant now = clock.instant();
        return tokens.sign(key, claims -> claims.issueTime(Date.from(now)).notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime))));
    }

    private Jwt decode(String token) {
        return cache.decode(token).block();
    }

    @Test
    void theSameTokenIsVerifiedOnceAndThenAnsweredFromTheCache() {
        String token = token(signingKey, Duration.ofMinutes(15));

        Jwt first = decode(token);
        Jwt second = decode(token);
        clock.advance(Duration.ofSeconds(50));
        Jwt third = decode(token);

        assertThat(verifications).hasValue(1);
        assertThat(second).isSameAs(first);
        assertThat(third.getSubject()).isEqualTo("test-user");
        assertThat(third.getClaimAsStringList("roles")).containsExactly("CS_AGENT");
    }

    @Test
    void anExpiredTokenIsRefusedEvenWhileItIsCached() {
        String token = token(signingKey, Duration.ofSeconds(20));
        decode(token);

        clock.advance(Duration.ofSeconds(20).plus(SKEW).minusSeconds(1));
        decode(token); // still within the skew the validator allows: accepted, from the cache
        assertThat(verifications).hasValue(1);

        clock.advance(Duration.ofSeconds(2));
        assertThatThrownBy(() -> decode(token)).isInstanceOf(JwtException.class).hasMessageContaining("expired");
        assertThat(verifications).as("verified again, and refused").hasValue(2);
    }

    @Test
    void aTokenOfARevokedKeyIsRefusedAtTheFirstRequestAfterTheKeyLeftTheRing() {
        String token = token(signingKey, Duration.ofMinutes(15));
        String otherToken = token(otherKey, Duration.ofMinutes(15));
        decode(token);
        decode(otherToken);

        verifying.removeIf(key -> key.getKeyID().equals(signingKey.getKeyID()));

        assertThatThrownBy(() -> decode(token)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decode(token)).as("and not cached as refused either").isInstanceOf(JwtException.class);
        assertThat(decode(otherToken).getSubject()).as("another key's tokens stay cached").isEqualTo("test-user");
        assertThat(verifications).hasValue(4);
    }

    @Test
    void aCachedTokenIsVerifiedAgainInFullOnceItsMaxAgeHasPassed() {
        String token = token(signingKey, Duration.ofMinutes(15));
        decode(token);

        clock.advance(MAX_AGE.minusSeconds(1));
        decode(token);
        assertThat(verifications).hasValue(1);

        clock.advance(Duration.ofSeconds(1));
        decode(token);
        decode(token);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aForgedPayloadUnderARealSignatureIsNoHitAndIsRefused() {
        String token = token(signingKey, Duration.ofMinutes(15));
        decode(token);
        String[] parts = token.split("\\.");
        String forgedPayload = tokens.sign(otherKey, claims -> claims.claim("roles", List.of("PLATFORM_ADMIN")))
                .split("\\.")[1];
        String forged = parts[0] + "." + forgedPayload + "." + parts[2];

        assertThatThrownBy(() -> decode(forged)).isInstanceOf(JwtException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void refusedTokensAreNotRememberedAndTheCacheStaysWithinItsBound() {
        assertThatThrownBy(() -> decode(tokens.unsigned(signingKey.getKeyID()))).isInstanceOf(JwtException.class);
        assertThat(cache.size()).isZero();

        Set<String> distinct = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < 50; i++) {
            String token = token(signingKey, Duration.ofMinutes(15));
            distinct.add(token);
            decode(token);
        }

        assertThat(distinct).hasSize(50);
        assertThat(cache.size()).isLessThanOrEqualTo(10);
        assertThat(verifications).hasValue(51);
    }
}
