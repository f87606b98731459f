package com.estate.gateway.accounts;

import com.estate.contracts.identity.Role;
import com.estate.gateway.security.ConditionalOnBuiltInIssuer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Makes sure a platform administrator exists, so a fresh installation can be logged into. Runs before the
 * application reports ready. An existing account is never touched, not even its password: the configured
 * password only seeds the first start.
 */
@Component
@ConditionalOnBuiltInIssuer
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final BootstrapAdminProperties properties;
    private final StaffAccountRepository accounts;
    private final StaffAccountIndexes indexes;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    BootstrapAdmin(BootstrapAdminProperties properties, StaffAccountRepository accounts, StaffAccountIndexes indexes,
            PasswordEncoder passwordEncoder, Clock clock) {
        this.properties = properties;
        this.accounts = accounts;
        this.indexes = indexes;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        indexes.ensure().then(ensureAdmin()).block(Duration.ofSeconds(60));
    }

    Mono<Void> ensureAdmin() {
        String username = Usernames.normalize(properties.username());
        return accounts.findByUsername(username)
                .doOnNext(existing -> log.info("Bootstrap administrator '{}' exists; left unchanged", username))
                .hasElement()
                .flatMap(exists -> exists ? Mono.empty() : create(username));
    }

    private Mono<Void> create(String username) {
        boolean generated = !properties.hasConfiguredPassword();
        String password = generated ? GeneratedPasswords.generate() : properties.password();
        if (BcryptLimit.exceeds(password)) {
            return Mono.error(new IllegalStateException(
                    "app.bootstrap-admin.password is longer than " + BcryptLimit.MAX_BYTES + " bytes"));
        }
        return Mono.fromCallable(() -> passwordEncoder.encode(password))
                .subscribeOn(Schedulers.boundedElastic())
                .map(hash -> new StaffAccount(UUID.randomUUID().toString(), username, hash,
                        Set.of(Role.PLATFORM_ADMIN), List.of(), true, clock.instant()))
                .flatMap(accounts::insert)
                .flatMap(created -> generated ? publishPassword(created, password) : Mono.just(created))
                .doOnNext(created -> log.info(generated
                        ? "Created bootstrap administrator '{}'; generated password written to {}"
                        : "Created bootstrap administrator '{}' with the configured password",
                        username, properties.passwordFile().toAbsolutePath()))
                // Another replica created it first: its password (file) is the valid one.
                .onErrorResume(DuplicateKeyException.class, raced -> {
                    log.info("Bootstrap administrator '{}' was created concurrently by another instance", username);
                    return Mono.empty();
                })
                .then();
    }

    /**
     * Writes the generated password to its file. If that fails, the account is removed again: an administrator
     * whose password nobody knows would lock the installation out, whereas without it the next start retries.
     */
    private Mono<StaffAccount> publishPassword(StaffAccount created, String password) {
        return Mono.fromCallable(() -> {
            PasswordFile.write(properties.passwordFile(), password);
            return created;
        }).subscribeOn(Schedulers.boundedElastic())
                .onErrorResume(IOException.class, e -> accounts.deleteById(created.id())
                        .then(Mono.error(new UncheckedIOException("Could not write the bootstrap administrator "
                                + "password to " + properties.passwordFile().toAbsolutePath(), e))));
    }
}
