package com.estate.gateway.keys;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.estate.gateway.security.ConditionalOnBuiltInIssuer;

import reactor.core.publisher.Mono;

/**
 * Keeps the {@link KeyRing} current while the gateway runs: re-reads the stored keys every
 * {@code app.keys.refresh-interval} (so a key another replica added is known here before it signs), prepares a
 * successor when the signing key has served {@code app.keys.rotation-period}, and rotates on request.
 */
@Component
@ConditionalOnBuiltInIssuer
class KeyRotation {

    private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(30);

    private final KeyRingLoader loader;
    private final KeyRing keyRing;
    private final KeyRotationProperties properties;
    private final Clock clock;
    /** Numbers each read of the stored keys in the order they start ({@link KeyRing#replace}). */
    private final AtomicLong reads = new AtomicLong();

    KeyRotation(KeyRingLoader loader, KeyRing keyRing, KeyRotationProperties properties, Clock clock) {
        this.loader = loader;
        this.keyRing = keyRing;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Stores a new key that starts signing after {@code app.keys.activation-delay}; the current key keeps
     * verifying for one token lifetime after that.
     */
    Mono<SigningKeyDocument> rotate() {
        return loader.add(properties.activationDelay()).flatMap(created -> refresh().thenReturn(created));
    }

    /** Re-reads the stored keys into the ring. */
    Mono<Void> refresh() {
        return Mono.defer(() -> {
            long number = reads.incrementAndGet();
            return loader.load().doOnNext(schedule -> keyRing.replace(schedule, number));
        }).then();
    }

    @Scheduled(fixedDelayString = "${app.keys.refresh-interval:30s}",
            initialDelayString = "${app.keys.refresh-interval:30s}")
    void refreshAndRotateWhenDue() {
        try {
            refresh().block(STORE_TIMEOUT);
            if (properties.automatic() && keyRing.schedule().rotationDue(clock.instant(), properties.rotationPeriod())) {
                SigningKeyDocument next = rotate().block(STORE_TIMEOUT);
                log.info("Signing key rotation period {} reached; key {} signs in {}",
                        properties.rotationPeriod(), next == null ? "?" : next.kid(), properties.activationDelay());
            }
        } catch (RuntimeException e) {
            // The ring keeps its last keys: tokens keep working; the next run tries again.
            log.warn("Could not refresh the signing keys; keeping the current ones", e);
        }
    }
}
