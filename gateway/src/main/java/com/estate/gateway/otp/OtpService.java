package com.estate.gateway.otp;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import com.estate.gateway.problem.ProblemException;
import com.estate.gateway.problem.ProblemKind;
import com.estate.gateway.problem.RetryLaterException;
import com.estate.gateway.residents.PhoneHasher;
import com.estate.gateway.residents.ResidentAccount;
import com.estate.gateway.residents.ResidentAccounts;
import com.estate.gateway.security.ConditionalOnBuiltInIssuer;
import com.estate.platform.core.pii.MainlandMobiles;
import com.estate.platform.core.pii.PiiMasks;
import com.estate.gateway.sms.SmsSender;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Resident one-time codes. Every step is one atomic single-document operation on the phone's {@link OtpDocument}:
 * <ul>
 * <li>a request claims the resend slot with a conditional upsert (the slot is free when no document exists or the
 * last request is older than the resend interval; otherwise the upsert collides on {@code _id} and the request is
 * throttled), for known and unknown phones alike;</li>
 * <li>a login attempt first spends one of the code's attempts (only while some are left and the code is
 * unexpired), then compares, so parallel guesses cannot exceed the limit; a correct code is deleted (used once).</li>
 * </ul>
 * Before either, the phone's {@link OtpLimits} are counted: a phone over the day's codes is answered as usual but
 * gets no code (as if it were unknown), a phone over the day's wrong tries gets the usual 401 whatever it presents.
 */
@Component
@ConditionalOnBuiltInIssuer
class OtpService {

    private static final Logger log = LoggerFactory.getLogger(OtpService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReactiveMongoTemplate mongo;
    private final ResidentAccounts residents;
    private final PhoneHasher hasher;
    private final SmsSender sms;
    private final OtpProperties properties;
    private final OtpLimits limits;
    private final Clock clock;

    OtpService(ReactiveMongoTemplate mongo, ResidentAccounts residents, PhoneHasher hasher, SmsSender sms,
            OtpProperties properties, OtpLimits limits, Clock clock) {
        this.mongo = mongo;
        this.residents = residents;
        this.hasher = hasher;
        this.sms = sms;
        this.properties = properties;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Sends a code if the phone belongs to an enabled resident; completes the same way if not.
     *
     * @throws RetryLaterException (as the error signal) when this phone asked less than the interval ago
     */
    Mono<Void> request(String phone) {
        if (!hasher.available()) {
            return Mono.empty(); // resident login is off (logged at start); the answer still reveals nothing
        }
        String e164 = MainlandMobiles.toE164(phone);
        String phoneHash = hasher.hash(e164);
        Instant now = clock.instant();
        return residents.findEnabledByPhoneHash(phoneHash)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .zipWith(limits.takeCode(phoneHash, now))
                .flatMap(found -> claim(e164, phoneHash, found.getT1(), found.getT2(), now));
    }

    /**
     * Claims the resend slot and stores the new code, or none (an unknown phone, or the day's codes used up: the
     * answer is the same, only nothing is sent). A claim that comes too soon does not count towards the day.
     */
    private Mono<Void> claim(String e164, String phoneHash, Optional<ResidentAccount> resident, boolean withinDay,
            Instant now) {
        String code = resident.isPresent() && withinDay ? newCode() : null;
        Update update = Update.update("requestedAt", now)
                .set("expiresAt", now.plus(properties.codeTtl()))
                .set("attempts", 0)
                .set("residentId", resident.map(ResidentAccount::residentId).orElse(null))
                .set("codeHash", code == null ? null : codeHash(phoneHash, code));
        Mono<Void> notCounted = withinDay ? limits.giveBackCode(phoneHash, now) : Mono.empty();
        return mongo.upsert(query(where("_id").is(phoneHash)
                        .and("requestedAt").lte(now.minus(properties.resendInterval()))), update, OtpDocument.class)
                .then()
                .onErrorResume(DuplicateKeyException.class, taken -> notCounted.then(throttled(phoneHash, now)))
                .then(code == null ? Mono.<Void>empty() : send(e164, code));
    }

    /**
     * The resident the code belongs to, or the generic 401 (wrong, expired, used up, unknown or disabled, or the
     * phone's wrong tries for the day used up). A phone over its request limit gets a 429 instead.
     */
    Mono<ResidentAccount> login(String phone, String code) {
        if (!hasher.available()) {
            return Mono.error(invalid());
        }
        String phoneHash = hasher.hash(MainlandMobiles.toE164(phone));
        Instant now = clock.instant();
        String presented = codeHash(phoneHash, code);
        return limits.takeTry(phoneHash, now)
                .filter(Boolean::booleanValue)
                .flatMap(withinDay -> redeem(phoneHash, presented, now))
                .flatMap(resident -> limits.giveBackTry(phoneHash, now).thenReturn(resident))
                .switchIfEmpty(Mono.error(OtpService::invalid));
    }

    /** The resident whose unexpired, unspent code this is; empty otherwise. */
    private Mono<ResidentAccount> redeem(String phoneHash, String presented, Instant now) {
        // The document as it was before this attempt was counted (the form that stays exact under concurrency).
        return mongo.findAndModify(query(where("_id").is(phoneHash).and("attempts").lt(properties.maxAttempts())
                                .and("expiresAt").gt(now)),
                        new Update().inc("attempts", 1), FindAndModifyOptions.options().returnNew(false),
                        OtpDocument.class)
                .filter(found -> found.codeHash() != null && sameHash(found.codeHash(), presented))
                .flatMap(matched -> mongo.remove(query(where("_id").is(phoneHash).and("codeHash").is(matched.codeHash())),
                                OtpDocument.class)
                        // deleted by us: the code is used; a concurrent login with the same code gets nothing
                        .filter(removed -> removed.getDeletedCount() > 0)
                        .flatMap(removed -> residents.findById(matched.residentId())))
                .filter(ResidentAccount::enabled);
    }

    private Mono<Void> throttled(String phoneHash, Instant now) {
        return mongo.findById(phoneHash, OtpDocument.class)
                .map(found -> Duration.between(now, found.requestedAt().plus(properties.resendInterval())))
                .defaultIfEmpty(properties.resendInterval())
                .flatMap(wait -> Mono.error(RetryLaterException.after(wait)));
    }

    /**
     * Hands the message to the SMS port and returns at once. Waiting for the provider (up to seconds) would make
     * the answer for a registered phone measurably slower than for an unknown one, revealing who is registered;
     * for the same reason a failure is only logged.
     */
    private Mono<Void> send(String e164, String code) {
        // deferred: dispatched only once the code was stored, never when the request was throttled
        return Mono.fromRunnable(() -> Schedulers.boundedElastic().schedule(() -> {
            try {
                sms.sendLoginCode(e164, code, properties.codeTtl());
            } catch (RuntimeException e) {
                log.error("Could not send the login code to {}", PiiMasks.phone(e164), e);
            }
        }));
    }

    private String codeHash(String phoneHash, String code) {
        // Keyed: a stolen database does not let anyone try all million codes offline.
        return hasher.hash("otp:" + phoneHash + ":" + code);
    }

    private static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    private static ProblemException invalid() {
        return ProblemException.withDetail(ProblemKind.INVALID_CREDENTIALS, "problem.invalid-credentials.detail.otp");
    }
}
