package com.estate.gateway.keys;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.estate.gateway.security.ConditionalOnBuiltInIssuer;
import com.fasterxml.jackson.annotation.JsonInclude;

import reactor.core.publisher.Mono;

/**
 * {@code /auth/admin/keys}, for {@code PLATFORM_ADMIN} (the admin chain guards all of {@code /auth/admin/**}):
 * the signing keys and their states, rotation on request (a planned change of key), and revocation (a key that
 * has leaked: {@code POST /auth/admin/keys/{kid}/revoke}). Public parts only: no private key ever leaves the
 * gateway's database.
 */
@RestController
@ConditionalOnBuiltInIssuer
@RequestMapping(path = "/auth/admin/keys", produces = MediaType.APPLICATION_JSON_VALUE)
class KeyAdminController {

    private final KeyRotation rotation;
    private final KeyRevocation revocation;
    private final KeyRing keyRing;
    private final Clock clock;

    KeyAdminController(KeyRotation rotation, KeyRevocation revocation, KeyRing keyRing, Clock clock) {
        this.rotation = rotation;
        this.revocation = revocation;
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
        return rotation.rotate().map(created -> view(created.kid()));
    }

    /**
     * Revokes a key at once (see {@link KeyRevocation}); answers the revoked key's view, the same one again when
     * it is repeated.
     */
    @PostMapping("/{kid}/revoke")
    Mono<KeyView> revoke(@AuthenticationPrincipal Jwt admin, @PathVariable String kid) {
        return revocation.revoke(kid, admin.getSubject()).map(revoked -> view(revoked.kid()));
    }

    private KeyView view(String kid) {
        return views().stream().filter(view -> view.kid().equals(kid)).findFirst().orElseThrow();
    }

    private List<KeyView> views() {
        Instant now = clock.instant();
        KeySchedule schedule = keyRing.schedule();
        return schedule.keys().stream()
                .map(key -> new KeyView(key.kid(), schedule.state(key, now), key.activatesAt(),
                        schedule.verifiesUntil(key, now).orElse(null), key.revokedAt()))
                .toList();
    }

    /** {@code verifiesUntil} only once a newer key has replaced this one; {@code revokedAt} only once revoked. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record KeyView(String kid, KeySchedule.State state, Instant activatesAt, Instant verifiesUntil,
            Instant revokedAt) {
    }
}
