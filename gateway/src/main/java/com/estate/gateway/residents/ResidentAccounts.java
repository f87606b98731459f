package com.estate.gateway.residents;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import com.estate.gateway.auth.RefreshTokens;
import com.estate.gateway.security.ConditionalOnBuiltInIssuer;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Resident log-ins, kept in step with resident-service's events. Applying an event reads the account, computes
 * the new state and writes it with one conditional single-document write (on the revision read) that also
 * records the event id and how far into the resident's history the account now is: a redelivered event finds its
 * id and changes nothing, an older one (replayed, or late) finds a newer position and changes nothing, and two
 * writers racing (e.g. around a consumer rebalance) cannot both win; the loser reads again. No transaction is
 * needed.
 */
@Component
@ConditionalOnBuiltInIssuer
public class ResidentAccounts {

    private static final Logger log = LoggerFactory.getLogger(ResidentAccounts.class);

    private final ReactiveMongoTemplate mongo;
    private final RefreshTokens refreshTokens;
    private final Clock clock;

    ResidentAccounts(ReactiveMongoTemplate mongo, RefreshTokens refreshTokens, Clock clock) {
        this.mongo = mongo;
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    public Mono<ResidentAccount> findById(String residentId) {
        return mongo.findById(residentId, ResidentAccount.class);
    }

    /** The enabled account with this phone hash (the newest change wins if, unusually, several share it). */
    public Mono<ResidentAccount> findEnabledByPhoneHash(String phoneHash) {
        return mongo.find(query(where("phoneHash").is(phoneHash).and("enabled").is(true)), ResidentAccount.class)
                .reduce((a, b) -> a.updatedAt().isAfter(b.updatedAt()) ? a : b);
    }

    /** Applies the event once; answers whether it changed anything. */
    Mono<Boolean> apply(ResidentEvent event) {
        return Mono.defer(() -> mongo.findById(event.residentId(), ResidentAccount.class)
                        .map(Optional::of)
                        .defaultIfEmpty(Optional.empty())
                        .flatMap(current -> applyTo(current, event)))
                .retryWhen(Retry.backoff(5, Duration.ofMillis(50)).filter(ConcurrentChange.class::isInstance));
    }

    private Mono<Boolean> applyTo(Optional<ResidentAccount> current, ResidentEvent event) {
        if (current.isPresent() && current.get().hasApplied(event.id())) {
            log.info("Event {} ({}) for resident {} was already applied; skipped", event.id(), event.type(),
                    event.residentId());
            return Mono.just(false);
        }
        if (event.isOlderThanWhatWasApplied(current.orElse(null))) {
            ResidentAccount account = current.get();
            log.info("Event {} ({}) for resident {} is older ({}) than what the account has applied (version {}, "
                    + "time {}); skipped", event.id(), event.type(), event.residentId(), event.position(),
                    account.lastVersion(), account.lastEventTime());
            return Mono.just(false);
        }
        if (current.isEmpty() && ResidentEvent.MOVED_OUT.equals(event.type())) {
            log.info("Resident {} moved out (event {}) before the gateway heard of them; recorded, so that a late "
                    + "registration stays without a log-in", event.residentId(), event.id());
        }
        ResidentAccount next = event.applyTo(current.orElse(null), clock.instant());
        Mono<Boolean> written = current.isEmpty() ? insert(next) : replace(current.get(), next);
        return written.flatMap(done -> {
            log.info("Resident {} account {} after {} (event {})", next.residentId(),
                    next.enabled() ? "enabled" : "disabled", event.type(), event.id());
            // Sessions end with the move-out; access tokens already out run out within their short lifetime,
            // and /api/me refuses them at once.
            return next.enabled() ? Mono.just(true)
                    : refreshTokens.revokeAll(next.residentId()).thenReturn(true);
        });
    }

    private Mono<Boolean> insert(ResidentAccount next) {
        return mongo.insert(next).thenReturn(true)
                .onErrorMap(DuplicateKeyException.class, raced -> new ConcurrentChange());
    }

    private Mono<Boolean> replace(ResidentAccount current, ResidentAccount next) {
        Update update = Update.update("phoneHash", next.phoneHash())
                .set("communityId", next.communityId())
                .set("unitIds", next.unitIds())
                .set("enabled", next.enabled())
                .set("revision", next.revision())
                .set("appliedEventIds", next.appliedEventIds())
                .set("updatedAt", next.updatedAt())
                .set("lastVersion", next.lastVersion())
                .set("lastEventTime", next.lastEventTime());
        return mongo.updateFirst(query(where("_id").is(current.residentId()).and("revision").is(current.revision())),
                        update, ResidentAccount.class)
                .flatMap(result -> result.getModifiedCount() > 0 ? Mono.just(true) : Mono.error(new ConcurrentChange()));
    }

    /**
     * Someone else wrote the account between our read and our write. An optimistic-locking failure: should the
     * retries here run out, the listener's error handler sees a transient failure and tries the event again.
     */
    private static final class ConcurrentChange extends OptimisticLockingFailureException {
        ConcurrentChange() {
            super("resident account changed concurrently");
        }
    }
}
