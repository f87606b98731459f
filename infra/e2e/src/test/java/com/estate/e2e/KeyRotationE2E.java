package com.estate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * Rotating the signing key on the running suite, with nothing restarted: once the new key signs, the services
 * (which validate tokens themselves against the gateway's JWKS, cached) accept its tokens, and tokens signed
 * with the old key keep working. `./suite test` starts this suite with a short activation delay.
 */
class KeyRotationE2E {

    private static final Duration SWITCH_TIMEOUT = Duration.ofSeconds(60);

    @Test
    void servicesFollowARotationWithoutARestart() throws InterruptedException {
        E2eSettings settings = E2eSettings.fromSystemProperties();
        Gateway gateway = new Gateway(settings.gateway());
        String before = gateway.login("admin", settings.adminPassword());
        // Both services have validated a token of the current key, so each holds the key set in its cache.
        assertThat(gateway.get("/api/communities", before).status()).isEqualTo(200);
        assertThat(gateway.get("/api/billing/accounts?unitId=" + UUID.randomUUID(), before).status()).isEqualTo(200);

        Reply rotated = gateway.postJson("/auth/admin/keys", "", before);
        assertThat(rotated.status()).as("%s", rotated).isEqualTo(201);
        String newKid = rotated.json().path("kid").asString();
        assertThat(newKid).isNotEqualTo(kid(before));

        String after = awaitTokenSignedWith(gateway, settings, newKid);

        for (String token : new String[] {after, before}) {
            Reply residents = gateway.get("/api/communities", token);
            Reply billing = gateway.get("/api/billing/accounts?unitId=" + UUID.randomUUID(), token);
            assertThat(residents.status()).as("%s", residents).isEqualTo(200);
            assertThat(billing.status()).as("%s", billing).isEqualTo(200);
        }
    }

    private static String awaitTokenSignedWith(Gateway gateway, E2eSettings settings, String kid)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(SWITCH_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            String token = gateway.login("admin", settings.adminPassword());
            if (kid.equals(kid(token))) {
                return token;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the gateway did not sign with key " + kid + " within " + SWITCH_TIMEOUT);
    }

    private static String kid(String token) {
        String header = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))));
        return JsonMapper.shared().readTree(header).path("kid").asString();
    }
}
