package com.estate.gateway.keys;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import com.estate.gateway.security.ConditionalOnBuiltInIssuer;
import com.estate.gateway.security.GatewaySecurityProperties;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads the stored signing keys into a {@link KeySchedule}, creating the first key when there is none and
 * deleting keys no valid token can need any more. Two replicas starting at once may both create a first key;
 * both then read back every stored key and the schedule picks the same signer for both, so they agree without
 * a lock. This avoids transactions, which the MongoDB stand-in lacks.
 */
@Component
@ConditionalOnBuiltInIssuer
class KeyRingLoader {

    private static final Logger log = LoggerFactory.getLogger(KeyRingLoader.class);

    private final SigningKeyRepository repository;
    private final Clock clock;
    private final Duration tokenLifetime;

    KeyRingLoader(SigningKeyRepository repository, GatewaySecurityProperties security, Clock clock) {
        this.repository = repository;
        this.clock = clock;
        this.tokenLifetime = security.accessTokenTtl().plus(security.clockSkew());
    }

    Mono<KeySchedule> load() {
        return repository.findAll().collectList()
                .flatMap(stored -> stored.isEmpty() ? createFirst() : Mono.just(stored))
                .map(this::toSchedule)
                .flatMap(this::deleteExpired);
    }

    /**
     * Stores a new key that starts signing {@code activationDelay} after it was made (the delay counts from after
     * the key generation, which can take seconds on a busy machine).
     */
    Mono<SigningKeyDocument> add(Duration activationDelay) {
        return Mono.fromSupplier(() -> RsaKeys.generate(clock, activationDelay))
                .flatMap(repository::insert)
                .doOnNext(created -> log.info("Created RS256 signing key {}, signing from {}", created.kid(),
                        created.activation()));
    }

    private Mono<List<SigningKeyDocument>> createFirst() {
        return add(Duration.ZERO)
                .onErrorResume(DuplicateKeyException.class, e -> Mono.empty())
                .then(repository.findAll().collectList());
    }

    private KeySchedule toSchedule(List<SigningKeyDocument> stored) {
        return new KeySchedule(stored.stream()
                .map(document -> new KeySchedule.ScheduledKey(RsaKeys.parse(document), document.activation()))
                .toList(), tokenLifetime);
    }

    private Mono<KeySchedule> deleteExpired(KeySchedule schedule) {
        List<KeySchedule.ScheduledKey> expired = schedule.expired(clock.instant());
        if (expired.isEmpty()) {
            return Mono.just(schedule);
        }
        // Deleting twice (two replicas) is harmless; the next load no longer sees the key either way.
        return Flux.fromIterable(expired)
                .doOnNext(key -> log.info("Deleting signing key {}: no token signed with it is valid any more",
                        key.kid()))
                .flatMap(key -> repository.deleteById(key.kid()))
                .then(Mono.just(schedule));
    }
}
