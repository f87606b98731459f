package com.estate.gateway.admin;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import com.estate.contracts.identity.Role;
import com.estate.gateway.accounts.StaffAccount;
import com.estate.gateway.accounts.Usernames;
import com.estate.gateway.auth.LoginAttempts;
import com.estate.gateway.auth.LoginProperties;
import com.estate.gateway.auth.RefreshTokens;
import com.estate.gateway.problem.ProblemException;
import com.estate.gateway.problem.ProblemKind;
import com.estate.gateway.security.ConditionalOnBuiltInIssuer;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * What a platform administrator can do to staff accounts. Each change is one atomic single-document update.
 * Role and community changes reach the caller's next access token (at most one access-token lifetime later);
 * disabling also ends every refresh session at once, so the account cannot renew its token. Unlocking ends the
 * lockouts that wrong passwords caused.
 */
@Component
@ConditionalOnBuiltInIssuer
class StaffAdministration {

    private static final Logger log = LoggerFactory.getLogger(StaffAdministration.class);

    static final int MAX_PAGE_SIZE = 100;

    private final ReactiveMongoTemplate mongo;
    private final PasswordEncoder passwordEncoder;
    private final RefreshTokens refreshTokens;
    private final LoginAttempts loginAttempts;
    private final PasswordPolicy passwordPolicy;
    private final Clock clock;

    StaffAdministration(ReactiveMongoTemplate mongo, PasswordEncoder passwordEncoder, RefreshTokens refreshTokens,
            LoginAttempts loginAttempts, LoginProperties loginProperties, Clock clock) {
        this.mongo = mongo;
        this.passwordEncoder = passwordEncoder;
        this.refreshTokens = refreshTokens;
        this.loginAttempts = loginAttempts;
        this.passwordPolicy = new PasswordPolicy(loginProperties.passwordMinLength());
        this.clock = clock;
    }

    Mono<StaffAccount> create(CreateStaffUserRequest request) {
        String username = Usernames.normalize(request.username());
        if (!passwordPolicy.accepts(request.password(), username)) {
            return Mono.error(new ProblemException(ProblemKind.WEAK_PASSWORD, passwordPolicy.minLength()));
        }
        checkStaffRoles(request.roles());
        return Mono.fromCallable(() -> passwordEncoder.encode(request.password()))
                .subscribeOn(Schedulers.boundedElastic())
                .map(hash -> new StaffAccount(UUID.randomUUID().toString(), username, hash, request.roles(),
                        request.communities(), true, clock.instant()))
                .flatMap(mongo::insert)
                // The unique username index decides, also between two administrators racing each other.
                .onErrorMap(DuplicateKeyException.class,
                        duplicate -> ProblemException.withDetail(ProblemKind.DUPLICATE,
                                "problem.duplicate.detail.username"))
                .doOnNext(created -> log.info("Staff account {} ('{}') created with roles {}", created.id(),
                        created.username(), created.roles()));
    }

    Mono<StaffUserPage> list(int page, int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            return Mono.error(new ProblemException(ProblemKind.VALIDATION, "size"));
        }
        // The driver takes the number of documents to skip as an int: a larger offset would wrap around.
        if (page < 0 || (long) page * size > Integer.MAX_VALUE) {
            return Mono.error(new ProblemException(ProblemKind.VALIDATION, "page"));
        }
        Query pageQuery = new Query().with(PageRequest.of(page, size, Sort.by("username")));
        return Mono.zip(
                mongo.find(pageQuery, StaffAccount.class).map(StaffUserView::of).collectList(),
                mongo.count(new Query(), StaffAccount.class))
                .map(found -> new StaffUserPage(found.getT1(), page, size, found.getT2()));
    }

    Mono<StaffAccount> get(String id) {
        return mongo.findById(id, StaffAccount.class).switchIfEmpty(Mono.error(() -> notFound(id)));
    }

    /** {@code callerId} is the administrator's own account id (the token subject). */
    Mono<StaffAccount> setEnabled(String callerId, String id, boolean enabled) {
        if (!enabled && id.equals(callerId)) {
            return Mono.error(new ProblemException(ProblemKind.SELF_LOCKOUT));
        }
        return change(id, Update.update("enabled", enabled))
                .flatMap(changed -> enabled ? Mono.just(changed) : refreshTokens.revokeAll(id).thenReturn(changed))
                .doOnNext(changed -> log.info("Staff account {} {}", id, enabled ? "enabled" : "disabled"));
    }

    /** Lifts every lockout of the account (all client addresses); the account's own state is unchanged. */
    Mono<StaffAccount> unlock(String id) {
        return get(id)
                .flatMap(account -> loginAttempts.unlock(id).thenReturn(account))
                .doOnNext(unlocked -> log.info("Staff account {} unlocked", id));
    }

    Mono<StaffAccount> update(String callerId, String id, UpdateStaffUserRequest request) {
        Update update = new Update();
        if (request.roles() != null) {
            checkStaffRoles(request.roles());
            if (id.equals(callerId) && !request.roles().contains(Role.PLATFORM_ADMIN)) {
                // Otherwise the last administrator could demote themselves and nobody could administer anything.
                return Mono.error(new ProblemException(ProblemKind.SELF_LOCKOUT));
            }
            update.set("roles", request.roles().stream().map(Role::name).sorted().toList());
        }
        if (request.communities() != null) {
            update.set("communities", List.copyOf(request.communities()));
        }
        if (update.getUpdateObject().isEmpty()) {
            return get(id);
        }
        return change(id, update)
                .doOnNext(changed -> log.info("Staff account {} now has roles {} and communities {}", id,
                        changed.roles(), changed.communities()));
    }

    private Mono<StaffAccount> change(String id, Update update) {
        return mongo.findAndModify(query(where("_id").is(id)), update, FindAndModifyOptions.options().returnNew(true),
                        StaffAccount.class)
                .switchIfEmpty(Mono.error(() -> notFound(id)));
    }

    /** Residents log in with a one-time code, never as staff. */
    private static void checkStaffRoles(Set<Role> roles) {
        if (roles.contains(Role.RESIDENT)) {
            throw new ProblemException(ProblemKind.VALIDATION, "roles");
        }
    }

    private static ProblemException notFound(String id) {
        return ProblemException.withDetail(ProblemKind.NOT_FOUND, "problem.not-found.detail.staff-account", id);
    }
}
