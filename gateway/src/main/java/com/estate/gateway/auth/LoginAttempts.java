package com.estate.gateway.auth;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import com.estate.gateway.security.ConditionalOnBuiltInIssuer;

import reactor.core.publisher.Mono;

/**
 * Password tries of staff accounts ({@link LoginProperties}). Each log-in takes a try from two budgets before the
 * password is compared: the account's budget at this client address ({@code maxFailures}) and the account's budget
 * over all addresses ({@code maxAccountFailures}). Guessing from one address so locks out only that address, and the
 * owner elsewhere keeps working; guessing from many addresses is still bounded by the account-wide ceiling, which
 * locks the account everywhere. A correct password resets the address's budget and gives the account-wide try back.
 * Every lock leaves a {@link SecurityNotice} for the owner.
 */
@Component
@ConditionalOnBuiltInIssuer
public class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final ReactiveMongoTemplate mongo;
    private final LoginProperties properties;
    private final Clock clock;
    private final TryCounter counter;
    private final SecurityNotices notices;

    LoginAttempts(ReactiveMongoTemplate mongo, LoginProperties properties, Clock clock, SecurityNotices notices) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
        this.notices = notices;
        this.counter = new TryCounter(mongo, properties.failureWindow(), properties.lockoutDuration());
    }

    /** The tries one log-in took: its number within each budget. */
    record Attempt(String accountId, String clientBudget, int clientTry, int accountTry) {
    }

    /** Takes a try from both budgets; empty when either has none left (locked, or spent by concurrent tries). */
    Mono<Optional<Attempt>> take(String accountId, String client) {
        Instant now = clock.instant();
        String clientBudget = clientBudget(accountId, client);
        return counter.take(clientBudget, accountId, properties.maxFailures(), now)
                .flatMap(clientTry -> counter.take(accountId, accountId, properties.maxAccountFailures(), now)
                        .map(accountTry -> new Attempt(accountId, clientBudget, clientTry, accountTry))
                        // The account as a whole is locked: nothing is compared, so the address's try is not spent.
                        .switchIfEmpty(Mono.defer(() -> counter.giveBack(clientBudget).then(Mono.empty()))))
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty());
    }

    /** The same reads for a username no account has, so its answer takes as long; records nothing. */
    Mono<Void> noAccount(String client) {
        Instant now = clock.instant();
        return counter.isLocked(clientBudget("no-such-account", client), now)
                .then(counter.isLocked("no-such-account", now))
                .then();
    }

    /**
     * The password was wrong: locks whichever budget this was the last try of, and tells the owner (a notice for their
     * next log-in) and the operators (a log line naming the account by id only, never the username or address).
     */
    Mono<Void> failed(Attempt attempt) {
        Instant now = clock.instant();
        return Mono.when(
                counter.failed(attempt.clientBudget(), attempt.clientTry(), properties.maxFailures(), now)
                        .flatMap(until -> report(attempt.accountId(), SecurityNotice.CLIENT, now, until,
                                "at one client address", properties.maxFailures())),
                counter.failed(attempt.accountId(), attempt.accountTry(), properties.maxAccountFailures(), now)
                        .flatMap(until -> report(attempt.accountId(), SecurityNotice.ACCOUNT, now, until,
                                "at every client address", properties.maxAccountFailures())));
    }

    private Mono<Void> report(String accountId, String scope, Instant now, Instant until, String where,
            int failures) {
        log.warn("Staff account {} locked {} until {} after {} wrong passwords", accountId, where, until, failures);
        return notices.add(accountId, SecurityNotice.locked(scope, now, until));
    }

    /** The password was right: the address starts afresh, and the account-wide try was no failure. */
    Mono<Void> succeeded(Attempt attempt) {
        return counter.reset(attempt.clientBudget()).then(counter.giveBack(attempt.accountId()));
    }

    /** Whether a lock was set while the password was being compared (by a concurrent failure elsewhere). */
    Mono<Boolean> isLocked(Attempt attempt) {
        return locked(attempt.accountId(), attempt.clientBudget());
    }

    /** Whether the account is locked for this address, or for every address. */
    Mono<Boolean> isLocked(String accountId, String client) {
        return locked(accountId, clientBudget(accountId, client));
    }

    private Mono<Boolean> locked(String accountId, String clientBudget) {
        Instant now = clock.instant();
        return counter.isLocked(clientBudget, now).zipWith(counter.isLocked(accountId, now), Boolean::logicalOr);
    }

    /**
     * Ends every lock of the account and forgets its wrong passwords, at every address: the way out when an
     * administrator has made sure the owner is who they say. Budgets written before budgets had an
     * {@code accountId} field are keyed by the account id alone, hence both criteria.
     */
    public Mono<Void> unlock(String accountId) {
        return mongo.remove(query(new Criteria().orOperator(where("_id").is(accountId),
                        where("accountId").is(accountId))), LoginAttemptsDocument.class)
                .then();
    }

    /**
     * The account's budget at one address. The address is hashed so that the collection keeps no client addresses;
     * a hash is enough to tell addresses apart.
     */
    static String clientBudget(String accountId, String client) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(client.getBytes(StandardCharsets.UTF_8));
            return accountId + "@" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
