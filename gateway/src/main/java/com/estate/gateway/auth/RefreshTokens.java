package com.estate.gateway.auth;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import com.estate.gateway.accounts.StaffAccount;
import com.estate.gateway.accounts.StaffAccountRepository;
import com.estate.gateway.keys.KeyRevocationListener;
import com.estate.gateway.keys.KeyRing;
import com.estate.gateway.problem.ProblemException;
import com.estate.gateway.problem.ProblemKind;
import com.estate.gateway.residents.ResidentAccount;
import com.estate.gateway.security.ConditionalOnBuiltInIssuer;

import reactor.core.publisher.Mono;

/**
 * Issues, rotates and revokes refresh tokens. A token is 256 random bits; only its SHA-256 is stored (a fast
 * hash is enough for a value with that much entropy). Rotation claims the presented token with one conditional
 * single-document update, so of two concurrent refreshes with the same token exactly one wins; the loser looks
 * like a replay and revokes the family. No transaction is needed (the MongoDB stand-in has none). Staff and
 * residents both have sessions; a rotation re-reads the account, so a disabled one cannot renew. Each token
 * records the key that signed the access token issued with it: revoking that key ends the session.
 */
@Component
@ConditionalOnBuiltInIssuer
public class RefreshTokens implements KeyRevocationListener {

    private static final Logger log = LoggerFactory.getLogger(RefreshTokens.class);

    private static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReactiveMongoTemplate mongo;
    private final StaffAccountRepository accounts;
    private final TokenIssuer tokenIssuer;
    private final KeyRing keyRing;
    private final TokenProperties properties;
    private final Clock clock;

    RefreshTokens(ReactiveMongoTemplate mongo, StaffAccountRepository accounts, TokenIssuer tokenIssuer,
            KeyRing keyRing, TokenProperties properties, Clock clock) {
        this.mongo = mongo;
        this.accounts = accounts;
        this.tokenIssuer = tokenIssuer;
        this.keyRing = keyRing;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new session (new family) for an account that just proved who it is. */
    Mono<Session> start(StaffAccount account) {
        return store(account.id(), null, tokenIssuer.issue(account), UUID.randomUUID().toString());
    }

    /** A new session for a resident who just logged in with a one-time code. */
    public Mono<TokenResponse> startResident(ResidentAccount resident) {
        return store(resident.residentId(), RefreshTokenDocument.RESIDENT, tokenIssuer.issue(resident),
                UUID.randomUUID().toString())
                .map(TokenResponse::bearer);
    }

    /**
     * Exchanges a refresh token for a new pair in the same family. Unknown, expired, revoked or replayed tokens,
     * tokens issued under a revoked signing key, and tokens of accounts that are gone or disabled (a staff account
     * disabled, a resident moved out), all answer the same 401.
     */
    Mono<Session> rotate(String presented) {
        String hash = hash(presented);
        Instant now = clock.instant();
        return mongo.findAndModify(
                        query(where("_id").is(hash).and("status").is(RefreshTokenDocument.ACTIVE)
                                .and("expiresAt").gt(now)),
                        Update.update("status", RefreshTokenDocument.ROTATED).set("endedAt", now),
                        RefreshTokenDocument.class)
                .switchIfEmpty(Mono.defer(() -> notUsable(hash)))
                .flatMap(this::unlessIssuedUnderARevokedKey)
                .flatMap(old -> accessTokenFor(old)
                        .switchIfEmpty(Mono.defer(() -> revokeFamily(old.familyId()).then(Mono.error(invalid()))))
                        .flatMap(access -> store(old.accountId(), old.accountType(), access, old.familyId()))
                        .flatMap(renewed -> unlessFamilyRevoked(old.familyId(), renewed)));
    }

    /**
     * Revoking a key ends the sessions it signed for ({@link #signingKeyRevoked}), but a token stored just after
     * that sweep (a rotation under way meanwhile, or a replica that had not seen the revocation yet and still signed
     * with the key) escapes it: it is caught here, when it is presented.
     */
    private Mono<RefreshTokenDocument> unlessIssuedUnderARevokedKey(RefreshTokenDocument claimed) {
        if (claimed.signingKid() == null || !keyRing.revoked(claimed.signingKid())) {
            return Mono.just(claimed);
        }
        return revokeFamily(claimed.familyId()).then(Mono.error(invalid()));
    }

    /** A fresh access token for the token's account, if it still exists and is enabled. */
    private Mono<IssuedToken> accessTokenFor(RefreshTokenDocument token) {
        if (token.resident()) {
            // Read directly (not through ResidentAccounts, which revokes through this class).
            return mongo.findById(token.accountId(), ResidentAccount.class)
                    .filter(ResidentAccount::enabled)
                    .map(tokenIssuer::issue);
        }
        return accounts.findById(token.accountId())
                .filter(StaffAccount::enabled)
                .map(tokenIssuer::issue);
    }

    /** Ends the session the token belongs to (its whole family). Unknown tokens are ignored: logout is idempotent. */
    Mono<Void> revoke(String presented) {
        return mongo.findById(hash(presented), RefreshTokenDocument.class)
                .flatMap(found -> revokeFamily(found.familyId()))
                .then();
    }

    /** Ends every session of an account, e.g. when it is disabled. */
    public Mono<Long> revokeAll(String accountId) {
        return mongo.updateMulti(query(where("accountId").is(accountId).and("status").is(RefreshTokenDocument.ACTIVE)),
                        Update.update("status", RefreshTokenDocument.REVOKED).set("endedAt", clock.instant()),
                        RefreshTokenDocument.class)
                .map(result -> result.getModifiedCount());
    }

    /**
     * Ends every session whose current access token the revoked key signed: they can no longer refresh and must
     * log in again. Idempotent.
     */
    @Override
    public Mono<Void> signingKeyRevoked(String kid) {
        return mongo.updateMulti(query(where(RefreshTokenDocument.SIGNING_KID).is(kid)
                                .and("status").is(RefreshTokenDocument.ACTIVE)),
                        Update.update("status", RefreshTokenDocument.REVOKED).set("endedAt", clock.instant()),
                        RefreshTokenDocument.class)
                .doOnNext(result -> log.info("Ended {} sessions whose access tokens revoked signing key {} signed",
                        result.getModifiedCount(), kid))
                .then();
    }

    private Mono<RefreshTokenDocument> notUsable(String hash) {
        return mongo.findById(hash, RefreshTokenDocument.class)
                .filter(found -> RefreshTokenDocument.ROTATED.equals(found.status()))
                .flatMap(replayed -> {
                    // The token was already exchanged: either the client or a thief holds a copy. We cannot tell
                    // which, so the whole session ends and the real user has to log in again.
                    log.warn("Refresh token replayed; revoking session family {} of account {}",
                            replayed.familyId(), replayed.accountId());
                    return revokeFamily(replayed.familyId());
                })
                .then(Mono.error(invalid()));
    }

    /**
     * A replay may have revoked the family while this rotation was under way, after its old token was claimed but
     * before its new one was stored, so the family revocation missed the new token. The family is marked revoked
     * before its tokens are, and checked here after the new token is stored: either the marker is seen now, or
     * the revocation comes later and catches the new token too.
     */
    private Mono<Session> unlessFamilyRevoked(String familyId, Session renewed) {
        return mongo.exists(query(where("_id").is(familyId)), RevokedFamily.class)
                .flatMap(revoked -> revoked
                        ? revokeFamily(familyId).then(Mono.error(invalid()))
                        : Mono.just(renewed));
    }

    private Mono<Void> revokeFamily(String familyId) {
        Instant now = clock.instant();
        return mongo.save(new RevokedFamily(familyId, now, now.plus(properties.refreshTokenTtl())))
                .then(revokeFamilyTokens(familyId));
    }

    private Mono<Void> revokeFamilyTokens(String familyId) {
        return mongo.updateMulti(query(where("familyId").is(familyId).and("status").is(RefreshTokenDocument.ACTIVE)),
                        Update.update("status", RefreshTokenDocument.REVOKED).set("endedAt", clock.instant()),
                        RefreshTokenDocument.class)
                .then();
    }

    private Mono<Session> store(String accountId, String accountType, IssuedToken accessToken, String familyId) {
        String value = newTokenValue();
        Instant now = clock.instant();
        RefreshTokenDocument document = new RefreshTokenDocument(hash(value), accountId, familyId,
                RefreshTokenDocument.ACTIVE, now, now.plus(properties.refreshTokenTtl()), null, accountType,
                accessToken.kid());
        return mongo.insert(document)
                .map(stored -> new Session(accessToken, value, properties.refreshTokenTtl()));
    }

    private static ProblemException invalid() {
        return new ProblemException(ProblemKind.INVALID_REFRESH_TOKEN);
    }

    static String newTokenValue() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
