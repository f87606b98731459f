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
 * a restart.
 */
public final class KeyRing {

    private final Clock clock;
    private volatile KeySchedule schedule;

    KeyRing(KeySchedule schedule, Clock clock) {
        this.schedule = schedule;
        this.clock = clock;
    }

    /** The private key new tokens are signed with. */
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

    KeySchedule schedule() {
        return schedule;
    }

    void replace(KeySchedule next) {
        this.schedule = next;
    }
}
