package com.estate.gateway.keys;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import com.estate.gateway.security.ConditionalOnBuiltInIssuer;
import com.estate.gateway.security.GatewaySecurityProperties;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Reads the stored signing keys into a {@link KeySchedule}, creating a first key when none is in service (none
 * stored, or all revoked) and deleting keys no valid token can need any more. Two replicas starting at once may
 * both create a first key; both then read back every stored key and the schedule picks the same signer for both,
 * so they agree without a lock. This avoids transactions, which the MongoDB stand-in lacks.
 */
@Component
@ConditionalOnBuiltInIssuer
class KeyRingLoader {

    private static final Logger log = LoggerFactory.getLogger(KeyRingLoader.class);

    private final SigningKeyRepository repository;
    private final Clock clock;
    private final Duration tokenLifetime;
    private final Duration revokedRetention;

    /**
     * @param refreshTokenTtl a revoked key is kept (public half only) this long, plus one refresh interval: a
     *                        refresh token issued under it, even by a replica that had not seen the revocation yet,
     *                        is refused until it has expired by itself
     */
    KeyRingLoader(SigningKeyRepository repository, GatewaySecurityProperties security,
            KeyRotationProperties keys, @Value("${app.tokens.refresh-token-ttl}") Duration refreshTokenTtl,
            Clock clock) {
        this.repository = repository;
        this.clock = clock;
        this.tokenLifetime = security.accessTokenTtl().plus(security.clockSkew());
        this.revokedRetention = refreshTokenTtl.plus(keys.refreshInterval());
    }

    Mono<KeySchedule> load() {
        return repository.findAll().collectList()
                .flatMap(stored -> stored.stream().allMatch(SigningKeyDocument::revoked) ? createFirst()
                        : Mono.just(stored))
                .map(this::toSchedule)
                .flatMap(this::deleteUnneeded);
    }

    /**
     * Stores a new key that starts signing {@code activationDelay} after it was made (the delay counts from after
     * the key generation, which can take seconds on a busy machine, and runs off the request threads).
     */
    Mono<SigningKeyDocument> add(Duration activationDelay) {
        return Mono.fromSupplier(() -> RsaKeys.generate(clock, activationDelay))
                .subscribeOn(Schedulers.boundedElastic())
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
                .map(document -> new KeySchedule.ScheduledKey(RsaKeys.parse(document), document.activation(),
                        document.revokedAt()))
                .toList(), tokenLifetime);
    }

    private Mono<KeySchedule> deleteUnneeded(KeySchedule schedule) {
        List<KeySchedule.ScheduledKey> expired = schedule.expired(clock.instant());
        List<KeySchedule.ScheduledKey> forgotten = schedule.revokedBefore(clock.instant().minus(revokedRetention));
        if (expired.isEmpty() && forgotten.isEmpty()) {
            return Mono.just(schedule);
        }
        // Deleting twice (two replicas) is harmless; the next load no longer sees the key either way.
        return Flux.concat(
                        Flux.fromIterable(expired).doOnNext(key -> log.info(
                                "Deleting signing key {}: no token signed with it is valid any more", key.kid())),
                        Flux.fromIterable(forgotten).doOnNext(key -> log.info(
                                "Deleting revoked signing key {}: no refresh token issued under it is left",
                                key.kid())))
                .flatMap(key -> repository.deleteById(key.kid()))
                .then(Mono.just(schedule));
    }
}
