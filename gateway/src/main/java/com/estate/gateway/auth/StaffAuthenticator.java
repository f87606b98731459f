package com.estate.gateway.auth;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import com.estate.gateway.accounts.BcryptLimit;
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
 * a dummy hash when there is no account or no try left) so timing does not tell them apart either. bcrypt runs off
 * the event loop: it takes tens of milliseconds of CPU. A try is taken from the account's budgets
 * ({@link LoginAttempts}) before the password is compared, so parallel guesses get no more tries than sequential
 * ones.
 */
@Component
@ConditionalOnBuiltInIssuer
class StaffAuthenticator {

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final LoginAttempts attempts;
    private final KeyedRateLimits limits;
    private final LoginProperties properties;
    private final String dummyHash;

    StaffAuthenticator(StaffAccountRepository accounts, PasswordEncoder passwordEncoder, LoginAttempts attempts,
            KeyedRateLimits limits, LoginProperties properties) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.attempts = attempts;
        this.limits = limits;
        this.properties = properties;
        this.dummyHash = passwordEncoder.encode("no-such-user-" + System.nanoTime());
    }

    /**
     * {@code client} is the caller's address key (resolved behind trusted proxies by
     * {@link com.estate.gateway.web.ClientAddressResolver}). Over the username's request limit the answer is a 429
     * before anything is looked up, for existing and unknown usernames alike.
     */
    Mono<StaffAccount> authenticate(String username, String password, String client) {
        String normalized = Usernames.normalize(username);
        return limits.take(accountBucket(normalized), properties.accountRateLimit())
                .then(accounts.findByUsername(normalized))
                .flatMap(account -> attempt(account, password, client))
                .switchIfEmpty(Mono.defer(() -> attempts.noAccount(client)
                        .then(compareInVain(password))));
    }

    private Mono<StaffAccount> attempt(StaffAccount account, String password, String client) {
        return attempts.take(account.id(), client)
                .publishOn(Schedulers.boundedElastic())
                .flatMap(taken -> taken.isEmpty()
                        ? compareInVain(password)
                        : decide(account, taken.get(), matches(password, account.passwordHash())));
    }

    private Mono<StaffAccount> decide(StaffAccount account, LoginAttempts.Attempt attempt, boolean matches) {
        if (!matches) {
            return attempts.failed(attempt).then(Mono.error(failure()));
        }
        // A lock set while bcrypt ran (the last try of the account-wide budget failed elsewhere) still holds.
        return attempts.isLocked(attempt)
                .flatMap(locked -> locked || !account.enabled()
                        ? Mono.<StaffAccount>error(failure())
                        : attempts.succeeded(attempt).thenReturn(account));
    }

    /** Runs bcrypt once and ignores the result, so a refusal takes as long as a real comparison. */
    private Mono<StaffAccount> compareInVain(String password) {
        return Mono.fromCallable(() -> matches(password, dummyHash))
                .subscribeOn(Schedulers.boundedElastic())
                .then(Mono.error(failure()));
    }

    private boolean matches(String password, String hash) {
        boolean tooLong = BcryptLimit.exceeds(password);
        return passwordEncoder.matches(tooLong ? "" : password, hash) && !tooLong;
    }

    static String accountBucket(String normalizedUsername) {
        return "login-account:" + normalizedUsername;
    }

    private static ProblemException failure() {
        return new ProblemException(ProblemKind.INVALID_CREDENTIALS);
    }
}
