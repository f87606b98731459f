package com.estate.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import com.estate.gateway.accounts.StaffAccount;
import com.estate.gateway.accounts.StaffAccountRepository;
import com.estate.gateway.accounts.Usernames;
import com.estate.gateway.problem.ProblemException;
import com.estate.gateway.problem.ProblemKind;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Checks a username and password. Every failure looks the same from outside (same problem, and a bcrypt
 * comparison is made even for an unknown user) so responses do not reveal which usernames exist. bcrypt runs
 * off the event loop: it takes tens of milliseconds of CPU. Lockout and rate limits will hook in here.
 */
@Component
class StaffAuthenticator {

    /** bcrypt reads only 72 bytes; longer input can never be a stored password. */
    private static final int MAX_PASSWORD_BYTES = 72;

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final String unknownUserHash;

    StaffAuthenticator(StaffAccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.unknownUserHash = passwordEncoder.encode("no-such-user-" + System.nanoTime());
    }

    Mono<StaffAccount> authenticate(String username, String password) {
        return accounts.findByUsername(Usernames.normalize(username))
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .publishOn(Schedulers.boundedElastic())
                .flatMap(account -> verify(account, password)
                        .map(Mono::just)
                        .orElseGet(() -> Mono.error(new ProblemException(ProblemKind.INVALID_CREDENTIALS))));
    }

    private Optional<StaffAccount> verify(Optional<StaffAccount> account, String password) {
        boolean tooLong = password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES;
        String hash = account.map(StaffAccount::passwordHash).orElse(unknownUserHash);
        boolean matches = passwordEncoder.matches(tooLong ? "" : password, hash);
        return account.filter(StaffAccount::enabled).filter(found -> matches && !tooLong);
    }
}
