package com.estate.gateway.auth;

import com.estate.gateway.accounts.BcryptLimit;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import com.estate.gateway.accounts.StaffAccount;
import com.estate.gateway.accounts.StaffAccountRepository;
import com.estate.gateway.accounts.Usernames;
import com.estate.gateway.problem.ProblemException;
import com.estate.gateway.problem.ProblemKind;
import com.estate.gateway.security.ConditionalOnBuiltInIssuer;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Checks a username and password. Every failure looks the same from outside: unknown user, wrong password,
 * disabled or locked account all get the same problem, and a bcrypt comparison is made in every case (against
 * a dummy hash for an unknown user) so timing does not tell them apart either. bcrypt runs off the event loop:
 * it takes tens of milliseconds of CPU. Wrong passwords of existing accounts count towards the lockout.
 */
@Component
@ConditionalOnBuiltInIssuer
class StaffAuthenticator {

    /** Not a UUID, so never an account id. */
    private static final String NO_ACCOUNT = "no-such-account";

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final LoginAttempts attempts;
    private final String unknownUserHash;

    StaffAuthenticator(StaffAccountRepository accounts, PasswordEncoder passwordEncoder, LoginAttempts attempts) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.attempts = attempts;
        this.unknownUserHash = passwordEncoder.encode("no-such-user-" + System.nanoTime());
    }

    Mono<StaffAccount> authenticate(String username, String password) {
        return accounts.findByUsername(Usernames.normalize(username))
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                // The lock is looked up for unknown users too (under an id no account has): same work, same timing.
                .flatMap(account -> attempts.isLocked(account.map(StaffAccount::id).orElse(NO_ACCOUNT))
                        .publishOn(Schedulers.boundedElastic())
                        .flatMap(locked -> decide(account, locked, passwordMatches(account, password))));
    }

    private Mono<StaffAccount> decide(Optional<StaffAccount> account, boolean locked, boolean matches) {
        if (account.isEmpty() || locked) {
            // A locked account is not counted further: the lock runs its course whatever is tried meanwhile.
            return Mono.error(failure());
        }
        StaffAccount found = account.get();
        if (!matches) {
            return attempts.recordFailure(found.id()).then(Mono.error(failure()));
        }
        if (!found.enabled()) {
            return Mono.error(failure());
        }
        return attempts.reset(found.id()).thenReturn(found);
    }

    /** Always runs bcrypt once, whether or not the account exists. */
    private boolean passwordMatches(Optional<StaffAccount> account, String password) {
        boolean tooLong = BcryptLimit.exceeds(password);
        String hash = account.map(StaffAccount::passwordHash).orElse(unknownUserHash);
        boolean matches = passwordEncoder.matches(tooLong ? "" : password, hash);
        return matches && !tooLong && account.isPresent();
    }

    private static ProblemException failure() {
        return new ProblemException(ProblemKind.INVALID_CREDENTIALS);
    }
}
