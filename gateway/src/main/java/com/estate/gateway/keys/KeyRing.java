package com.estate.gateway.keys;

import java.util.List;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * The keys the gateway works with: one to sign new tokens, and every key whose tokens are still accepted.
 * Today both are the same single key; rotation will add keys that verify but no longer sign.
 */
public final class KeyRing {

    private final RSAKey signingKey;
    private final List<RSAKey> verificationKeys;
    private final JWKSet publicJwkSet;

    public KeyRing(RSAKey signingKey, List<RSAKey> verificationKeys) {
        if (!signingKey.isPrivate()) {
            throw new IllegalArgumentException("The signing key must include its private part");
        }
        this.signingKey = signingKey;
        this.verificationKeys = verificationKeys.stream().map(RSAKey::toPublicJWK).toList();
        this.publicJwkSet = new JWKSet(List.<JWK>copyOf(this.verificationKeys));
    }

    /** The private key new tokens are signed with. */
    public RSAKey signingKey() {
        return signingKey;
    }

    /** Public keys only: what the gateway and the services accept signatures from. */
    public List<RSAKey> verificationKeys() {
        return verificationKeys;
    }

    /** The JWKS document content (public parts only). */
    public JWKSet publicJwkSet() {
        return publicJwkSet;
    }
}
