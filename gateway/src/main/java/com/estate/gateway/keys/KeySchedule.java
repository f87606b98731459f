package com.estate.gateway.keys;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.nimbusds.jose.jwk.RSAKey;

/**
 * Which stored key does what at a given instant, in plain Java. Keys take turns in order of activation: the
 * newest key whose activation has passed signs; a pending key (activation still ahead) is already published;
 * a key that a newer one replaced keeps verifying for one token lifetime (access-token TTL plus clock skew),
 * because tokens it signed just before the switch are still valid that long; after that it has expired and is
 * deleted. A revoked key (it may have leaked) is out of turn at once: it neither signs nor verifies, and does not
 * count as a successor, so a revoked pending key never takes over. Ties in activation time are broken by
 * {@code kid} so every replica reaches the same answer.
 */
final class KeySchedule {

    /** One stored key with its activation time, and when it was revoked ({@code null} while in service). */
    record ScheduledKey(RSAKey key, Instant activatesAt, Instant revokedAt) {

        ScheduledKey(RSAKey key, Instant activatesAt) {
            this(key, activatesAt, null);
        }

        String kid() {
            return key.getKeyID();
        }

        boolean revoked() {
            return revokedAt != null;
        }
    }

    /** A key's state at one instant, for operators. */
    enum State {
        PENDING, SIGNING, RETIRED, EXPIRED, REVOKED
    }

    private static final Comparator<ScheduledKey> ACTIVATION_ORDER =
            Comparator.comparing(ScheduledKey::activatesAt).thenComparing(ScheduledKey::kid);

    private final List<ScheduledKey> keys;
    /** The keys not revoked, in activation order: the only ones that take turns. */
    private final List<ScheduledKey> inService;
    /** Public halves, made once per schedule rather than on every token validation. */
    private final Map<String, RSAKey> publicKeys;
    private final Duration tokenLifetime;

    KeySchedule(List<ScheduledKey> keys, Duration tokenLifetime) {
        this.keys = keys.stream().sorted(ACTIVATION_ORDER).toList();
        this.inService = this.keys.stream().filter(key -> !key.revoked()).toList();
        if (inService.isEmpty()) {
            throw new IllegalArgumentException("a key schedule needs at least one key that is not revoked");
        }
        this.publicKeys = keys.stream().collect(Collectors.toUnmodifiableMap(ScheduledKey::kid,
                key -> key.key().toPublicJWK(), (first, second) -> first));
        this.tokenLifetime = tokenLifetime;
    }

    /** The key that signs at {@code now}: the last one activated (the first one if none is active yet). */
    ScheduledKey signing(Instant now) {
        ScheduledKey signing = inService.getFirst();
        for (ScheduledKey key : inService) {
            if (!key.activatesAt().isAfter(now)) {
                signing = key;
            }
        }
        return signing;
    }

    /** Every key whose signatures are accepted at {@code now}: pending, signing, and retired-but-not-expired. */
    List<ScheduledKey> verifying(Instant now) {
        return inService.stream().filter(key -> state(key, now) != State.EXPIRED).toList();
    }

    /** The public halves of {@link #verifying(Instant)}. */
    List<RSAKey> verifyingPublicKeys(Instant now) {
        return verifying(now).stream().map(key -> publicKeys.get(key.kid())).toList();
    }

    /** Keys in service that no token can still need: safe to delete. */
    List<ScheduledKey> expired(Instant now) {
        return inService.stream().filter(key -> state(key, now) == State.EXPIRED).toList();
    }

    /** Revoked keys revoked before {@code cutoff}. */
    List<ScheduledKey> revokedBefore(Instant cutoff) {
        return keys.stream().filter(key -> key.revoked() && key.revokedAt().isBefore(cutoff)).toList();
    }

    boolean revoked(String kid) {
        return keys.stream().anyMatch(key -> key.revoked() && key.kid().equals(kid));
    }

    State state(ScheduledKey key, Instant now) {
        if (key.revoked()) {
            return State.REVOKED;
        }
        if (key.equals(signing(now))) {
            return State.SIGNING;
        }
        if (key.activatesAt().isAfter(now)) {
            return State.PENDING;
        }
        return verifiesUntil(key, now).filter(until -> until.isAfter(now)).isPresent() ? State.RETIRED
                : State.EXPIRED;
    }

    /** Until when a replaced key still verifies; empty while it has not been replaced, and for a revoked key. */
    Optional<Instant> verifiesUntil(ScheduledKey key, Instant now) {
        int index = inService.indexOf(key);
        if (index < 0) {
            return Optional.empty();
        }
        for (ScheduledKey later : inService.subList(index + 1, inService.size())) {
            if (!later.activatesAt().isAfter(now)) {
                return Optional.of(later.activatesAt().plus(tokenLifetime));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether it is time to prepare a new key: the signing key has signed for {@code period} and no successor
     * is pending already.
     */
    boolean rotationDue(Instant now, Duration period) {
        ScheduledKey signing = signing(now);
        boolean successorPending = inService.stream()
                .anyMatch(key -> !key.equals(signing) && key.activatesAt().isAfter(now));
        return !successorPending && !signing.activatesAt().plus(period).isAfter(now);
    }

    /** Every stored key, revoked ones included, in activation order. */
    List<ScheduledKey> keys() {
        return keys;
    }
}
