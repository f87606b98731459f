package com.estate.gateway.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import reactor.core.publisher.Mono;

/**
 * Remembers the bearer tokens the gateway verified, so the next requests with the same token skip the RS256
 * signature check and claim validation, which were most of the gateway's own CPU time per request
 * (infra/ARCHITECTURE.md §32, infra/bench/RESULTS.md "Gateway"). A client sends the same access token for its
 * whole lifetime, so nearly every request is a hit.
 * <p>
 * What a hit still checks, so caching changes nothing a caller can observe:
 * <ul>
 * <li>the token has not expired ({@code exp} plus the configured clock skew, against the gateway's clock, as the
 * validator would): an expired token is refused even while it is still cached;</li>
 * <li>the key that signed it is still accepted ({@code keyAccepted}: with the built-in issuer, one of the key
 * ring's verification keys at this instant): a revoked key's tokens are refused at this gateway at once, and at the
 * others at their next key refresh ({@code app.keys.refresh-interval}), exactly as without the cache;</li>
 * <li>it was verified at most {@code maxAge} ago: after that it is verified again in full, which bounds how long
 * anything the validation depends on and that has no hook here (an external provider's keys) can lag.</li>
 * </ul>
 * Entries are keyed by the SHA-256 of the token, so the cache holds no bearer token a heap dump could replay, and
 * a token differing in any byte (a forged payload under a real signature) is a different key. The cache is
 * bounded ({@code maxEntries}, least recently and least frequently used evicted first) and an entry leaves it
 * when its token expires or its age reaches {@code maxAge}. Only verified tokens are cached: a refused one is
 * verified again each time (a cache of refusals would let junk tokens evict the good ones).
 */
final class VerifiedTokenCache implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder verifier;
    private final Predicate<String> keyAccepted;
    private final Clock clock;
    private final Duration clockSkew;
    private final Duration maxAge;
    private final Cache<TokenHash, Verified> verified;

    /**
     * @param verifier    the full verification (signature, algorithm, {@code kid}, issuer, audience, times)
     * @param keyAccepted whether tokens signed by the key with this {@code kid} (possibly null) are still accepted
     * @param clockSkew   the skew the verifier's timestamp validator tolerates
     * @param maxAge      the longest a token goes without being verified again in full
     * @param maxEntries  the most tokens remembered
     */
    VerifiedTokenCache(ReactiveJwtDecoder verifier, Predicate<String> keyAccepted, Clock clock, Duration clockSkew,
            Duration maxAge, int maxEntries) {
        this.verifier = verifier;
        this.keyAccepted = keyAccepted;
        this.clock = clock;
        this.clockSkew = clockSkew;
        this.maxAge = maxAge;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfter(Expiry.creating((TokenHash key, Verified entry) -> entry.remaining()))
                .build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        TokenHash key = TokenHash.of(token);
        Verified hit = verified.getIfPresent(key);
        if (hit != null) {
            if (hit.usableAt(clock.instant()) && keyAccepted.test(hit.kid())) {
                return Mono.just(hit.jwt());
            }
            // expired, too old or its key is no longer accepted: the full verification gives the usual answer
            verified.invalidate(key);
        }
        return verifier.decode(token).doOnNext(jwt -> remember(key, jwt));
    }

    private void remember(TokenHash key, Jwt jwt) {
        Instant now = clock.instant();
        // the validator requires exp; a token without one never gets here, but nothing unbounded is cached anyway
        Instant expires = jwt.getExpiresAt() == null ? now : jwt.getExpiresAt().plus(clockSkew);
        Instant until = expires.isBefore(now.plus(maxAge)) ? expires : now.plus(maxAge);
        if (until.isAfter(now)) {
            Object kid = jwt.getHeaders().get("kid");
            verified.put(key, new Verified(jwt, kid == null ? null : kid.toString(), until, now));
        }
    }

    /** How many tokens are remembered now (approximately, as Caffeine counts). */
    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    /** A verified token, usable until {@code until} (its expiry plus skew, or its verification plus the max age). */
    private record Verified(Jwt jwt, String kid, Instant until, Instant verifiedAt) {

        boolean usableAt(Instant now) {
            return now.isBefore(until);
        }

        /** For the cache's own expiry (memory only; {@link #usableAt} decides, on the gateway's clock). */
        Duration remaining() {
            return Duration.between(verifiedAt, until);
        }
    }

    /** The SHA-256 of a token, as four longs (cheap to compare and hash). */
    record TokenHash(long first, long second, long third, long fourth) {

        private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JDK has SHA-256", e);
            }
        });

        static TokenHash of(String token) {
            ByteBuffer digest = ByteBuffer.wrap(SHA_256.get().digest(token.getBytes(StandardCharsets.UTF_8)));
            return new TokenHash(digest.getLong(), digest.getLong(), digest.getLong(), digest.getLong());
        }
    }
}
