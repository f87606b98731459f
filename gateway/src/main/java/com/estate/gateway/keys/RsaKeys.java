package com.estate.gateway.keys;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/** Creating RS256 signing keys and turning them into and out of their stored form. */
final class RsaKeys {

    static final int KEY_SIZE = 2048;

    private RsaKeys() {
    }

    static SigningKeyDocument generate(Clock clock, Duration activationDelay) {
        try {
            RSAKey key = new RSAKeyGenerator(KEY_SIZE)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true)
                    .issueTime(Date.from(clock.instant()))
                    .generate();
            Instant created = clock.instant();
            return new SigningKeyDocument(key.getKeyID(), JWSAlgorithm.RS256.getName(), key.toJSONString(),
                    created, created.plus(activationDelay), null, null);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate an RSA signing key", e);
        }
    }

    /** The stored key: private, or only public once it was revoked. */
    static RSAKey parse(SigningKeyDocument document) {
        try {
            RSAKey key = RSAKey.parse(document.jwk());
            if ((!key.isPrivate() && !document.revoked()) || !document.kid().equals(key.getKeyID())) {
                throw new IllegalStateException("Stored signing key " + document.kid() + " is incomplete");
            }
            return key;
        } catch (ParseException e) {
            throw new IllegalStateException("Stored signing key " + document.kid() + " cannot be read", e);
        }
    }
}
