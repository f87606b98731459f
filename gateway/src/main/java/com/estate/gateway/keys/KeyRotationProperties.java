package com.estate.gateway.keys;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Signing-key rotation ({@code app.keys.*}).
 *
 * @param refreshInterval how often each gateway re-reads the stored keys, picking up keys another replica added,
 *                        and revocations made on another replica: the longest a replica keeps accepting (and, if
 *                        it was its signing key, signing with) a key revoked elsewhere
 * @param activationDelay how long a new key is published before it signs; longer than the refresh interval, so
 *                        every replica (and every service's JWKS cache, which refetches on an unknown
 *                        {@code kid}) has it before the first token signed with it arrives
 * @param rotationPeriod  how long a key signs before the gateway prepares its successor by itself; zero turns
 *                        automatic rotation off (rotation is then only on request: {@code POST /auth/admin/keys})
 */
@ConfigurationProperties("app.keys")
public record KeyRotationProperties(
        @DefaultValue("30s") Duration refreshInterval,
        @DefaultValue("2m") Duration activationDelay,
        @DefaultValue("90d") Duration rotationPeriod) {

    public KeyRotationProperties {
        if (refreshInterval.isZero() || refreshInterval.isNegative()) {
            throw new IllegalArgumentException("app.keys.refresh-interval must be positive");
        }
        if (activationDelay.compareTo(refreshInterval) <= 0) {
            throw new IllegalArgumentException("app.keys.activation-delay (" + activationDelay
                    + ") must be longer than app.keys.refresh-interval (" + refreshInterval
                    + "), or a replica could meet a token signed with a key it has not read yet");
        }
        if (rotationPeriod.isNegative()) {
            throw new IllegalArgumentException("app.keys.rotation-period must not be negative");
        }
    }

    boolean automatic() {
        return !rotationPeriod.isZero();
    }
}
