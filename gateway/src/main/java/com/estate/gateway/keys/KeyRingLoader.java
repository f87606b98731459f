package com.estate.gateway.keys;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import com.nimbusds.jose.jwk.RSAKey;

import reactor.core.publisher.Mono;

/**
 * Reads the stored signing keys, creating the first one when there is none. Two replicas starting at once
 * may both create a key; both then read back every stored key and sign with the oldest, so they agree
 * without a lock (the spare key only shows up in the JWKS). This avoids transactions, which the MongoDB
 * stand-in lacks.
 */
@Component
class KeyRingLoader {

    private static final Logger log = LoggerFactory.getLogger(KeyRingLoader.class);

    private static final Comparator<SigningKeyDocument> OLDEST_FIRST =
            Comparator.comparing(SigningKeyDocument::createdAt).thenComparing(SigningKeyDocument::kid);

    private final SigningKeyRepository repository;
    private final Clock clock;

    KeyRingLoader(SigningKeyRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    Mono<KeyRing> load() {
        return repository.findAll().collectList()
                .flatMap(stored -> stored.isEmpty() ? createFirst() : Mono.just(stored))
                .map(this::toKeyRing);
    }

    private Mono<List<SigningKeyDocument>> createFirst() {
        return Mono.fromSupplier(() -> RsaKeys.generate(clock))
                .flatMap(repository::insert)
                .doOnNext(created -> log.info("Created RS256 signing key {}", created.kid()))
                .onErrorResume(DuplicateKeyException.class, e -> Mono.empty())
                .then(repository.findAll().collectList());
    }

    private KeyRing toKeyRing(List<SigningKeyDocument> stored) {
        List<SigningKeyDocument> ordered = stored.stream().sorted(OLDEST_FIRST).toList();
        List<RSAKey> keys = ordered.stream().map(RsaKeys::parse).toList();
        RSAKey signing = keys.getFirst();
        log.info("Signing tokens with key {} ({} key(s) accepted)", signing.getKeyID(), keys.size());
        return new KeyRing(signing, keys);
    }
}
