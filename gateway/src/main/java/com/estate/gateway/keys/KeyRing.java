package com.estate.gateway.keys;

import java.time.Clock;
import java.util.List;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * The keys the gateway works with: one to sign new tokens, and every key whose tokens are still accepted. The
 * stored keys are re-read while the gateway runs ({@link KeyRotation}), and which key signs is decided at each
 * call from the keys' activation times, so a rotation takes effect on every replica at the same instant without
 * a restart. A revoked key drops out of both at the first read that sees the revocation.
 */
public final class KeyRing {

    private final Clock clock;
    private volatile KeySchedule schedule;
    /** The number of the read that {@link #schedule} came from; guarded by {@code this}. */
    private long readNumber;

    KeyRing(KeySchedule schedule, Clock clock) {
        this.schedule = schedule;
        this.clock = clock;
    }

    /** The private key new tokens are signed with; never a revoked one. */
    public RSAKey signingKey() {
        return schedule.signing(clock.instant()).key();
    }

    /** Public keys only: what the gateway accepts signatures from (pending, signing and recently replaced keys). */
    public List<RSAKey> verificationKeys() {
        return schedule.verifyingPublicKeys(clock.instant());
    }

    /** The JWKS document content (public parts only). */
    public JWKSet publicJwkSet() {
        return new JWKSet(List.<JWK>copyOf(verificationKeys()));
    }

    /** Whether the key with this {@code kid} was revoked, as far as the last read of the stored keys knows. */
    public boolean revoked(String kid) {
        return schedule.revoked(kid);
    }

    KeySchedule schedule() {
        return schedule;
    }

    /**
     * Takes the result of read number {@code number} unless a later-started read was taken already: reads can
     * finish out of order (the periodic one and one after a revocation), and an earlier one must not bring a
     * revoked key back.
     */
    synchronized void replace(KeySchedule next, long number) {
        if (number > readNumber) {
            this.schedule = next;
            this.readNumber = number;
        }
    }
}
