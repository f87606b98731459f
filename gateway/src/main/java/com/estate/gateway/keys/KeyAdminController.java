package com.estate.gateway.keys;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.estate.gateway.security.ConditionalOnBuiltInIssuer;
import com.fasterxml.jackson.annotation.JsonInclude;

import reactor.core.publisher.Mono;

/**
 * {@code /auth/admin/keys}, for {@code PLATFORM_ADMIN} (the admin chain guards all of {@code /auth/admin/**}):
 * the signing keys and their states, and rotation on request, e.g. when a key may have leaked. Public parts
 * only: no private key ever leaves the gateway's database.
 */
@RestController
@ConditionalOnBuiltInIssuer
@RequestMapping(path = "/auth/admin/keys", produces = MediaType.APPLICATION_JSON_VALUE)
class KeyAdminController {

    private final KeyRotation rotation;
    private final KeyRing keyRing;
    private final Clock clock;

    KeyAdminController(KeyRotation rotation, KeyRing keyRing, Clock clock) {
        this.rotation = rotation;
        this.keyRing = keyRing;
        this.clock = clock;
    }

    @GetMapping
    Mono<List<KeyView>> list() {
        return rotation.refresh().then(Mono.fromSupplier(this::views));
    }

    /** Prepares the next key; it signs after {@code app.keys.activation-delay}. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<KeyView> rotate() {
        return rotation.rotate().map(created -> views().stream()
                .filter(view -> view.kid().equals(created.kid()))
                .findFirst()
                .orElseThrow());
    }

    private List<KeyView> views() {
        Instant now = clock.instant();
        KeySchedule schedule = keyRing.schedule();
        return schedule.keys().stream()
                .map(key -> new KeyView(key.kid(), schedule.state(key, now), key.activatesAt(),
                        schedule.verifiesUntil(key, now).orElse(null)))
                .toList();
    }

    /** {@code verifiesUntil} only once a newer key has replaced this one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record KeyView(String kid, KeySchedule.State state, Instant activatesAt, Instant verifiesUntil) {
    }
}
