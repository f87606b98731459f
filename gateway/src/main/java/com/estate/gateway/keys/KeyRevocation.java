package com.estate.gateway.keys;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import com.estate.gateway.problem.ProblemException;
import com.estate.gateway.problem.ProblemKind;
import com.estate.gateway.security.ConditionalOnBuiltInIssuer;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Emergency revocation of a signing key that may have leaked. Unlike a rotation it does not wait: the key stops
 * signing and verifying here at once, and at every other replica at its next read of the stored keys
 * ({@code app.keys.refresh-interval}); it leaves the JWKS at the same moments. When it was the signing key, a
 * replacement that signs at once is stored first, so there is always a key to sign with and replicas switch to it
 * at their next read even before they see the revocation. Then whatever was issued under the key is ended
 * ({@link KeyRevocationListener}).
 */
@Component
@ConditionalOnBuiltInIssuer
class KeyRevocation {

    private static final Logger log = LoggerFactory.getLogger(KeyRevocation.class);

    private final ReactiveMongoTemplate mongo;
    private final KeyRingLoader loader;
    private final KeyRotation rotation;
    private final KeyRing keyRing;
    private final ObjectProvider<KeyRevocationListener> listeners;
    private final Clock clock;

    KeyRevocation(ReactiveMongoTemplate mongo, KeyRingLoader loader, KeyRotation rotation, KeyRing keyRing,
            ObjectProvider<KeyRevocationListener> listeners, Clock clock) {
        this.mongo = mongo;
        this.loader = loader;
        this.rotation = rotation;
        this.keyRing = keyRing;
        this.listeners = listeners;
        this.clock = clock;
    }

    /** Revokes the key, or, when it is revoked already, repeats only the ending of what was issued under it. */
    Mono<SigningKeyDocument> revoke(String kid, String adminId) {
        return rotation.refresh()
                .then(mongo.findById(kid, SigningKeyDocument.class))
                .switchIfEmpty(Mono.error(() -> ProblemException.withDetail(ProblemKind.NOT_FOUND,
                        "problem.not-found.detail.signing-key", kid)))
                .flatMap(stored -> stored.revoked() ? Mono.just(stored) : revokeStored(stored, adminId))
                .flatMap(revoked -> rotation.refresh().thenReturn(revoked))
                .flatMap(revoked -> Flux.fromStream(listeners::orderedStream)
                        .concatMap(listener -> listener.signingKeyRevoked(kid))
                        .then(Mono.just(revoked)));
    }

    private Mono<SigningKeyDocument> revokeStored(SigningKeyDocument stored, String adminId) {
        boolean signing = keyRing.schedule().signing(clock.instant()).kid().equals(stored.kid());
        Mono<String> replacement = signing ? loader.add(Duration.ZERO).map(SigningKeyDocument::kid) : Mono.empty();
        return replacement
                .map(kid -> "; key " + kid + " signs from now on")
                .defaultIfEmpty("")
                .flatMap(successor -> markRevoked(stored, adminId)
                        .doOnNext(revoked -> log.warn("Signing key {} revoked by administrator {}{}: it no longer "
                                + "signs or verifies here, and other gateways drop it at their next key refresh",
                                revoked.kid(), adminId, successor)))
                // Revoked by someone else in the meantime: theirs stands.
                .switchIfEmpty(Mono.defer(() -> mongo.findById(stored.kid(), SigningKeyDocument.class)));
    }

    /**
     * One conditional single-document update, so of two concurrent revocations one records itself; the private
     * half is overwritten by the public one.
     */
    private Mono<SigningKeyDocument> markRevoked(SigningKeyDocument stored, String adminId) {
        Instant now = clock.instant();
        String publicJwk = RsaKeys.parse(stored).toPublicJWK().toJSONString();
        return mongo.findAndModify(
                query(where("_id").is(stored.kid()).and(SigningKeyDocument.REVOKED_AT).is(null)),
                Update.update(SigningKeyDocument.REVOKED_AT, now).set("revokedBy", adminId).set("jwk", publicJwk),
                FindAndModifyOptions.options().returnNew(true),
                SigningKeyDocument.class);
    }
}
