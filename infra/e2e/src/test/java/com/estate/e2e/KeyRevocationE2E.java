package com.estate.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * Revoking a leaked signing key on the running suite: its tokens are refused at the gateway at once and by a
 * service asked directly (as anyone inside the network could) within the service's JWKS cache lifespan; its
 * sessions can no longer refresh; a fresh log-in gets a token of a new key that both accept.
 */
class KeyRevocationE2E {

    /** app.security.jwk-set-cache-ttl (30 s) plus the gateway's key refresh in the e2e suite, with room to spare. */
    private static final Duration SERVICE_DEADLINE = Duration.ofSeconds(50);
    private static final JsonMapper JSON = JsonMapper.shared();

    @Test
    void aRevokedKeysTokensAreRefusedByTheGatewayAtOnceAndByTheServicesWithinTheirCacheLifespan() {
        E2eSettings settings = E2eSettings.fromSystemProperties();
        Gateway gateway = new Gateway(settings.gateway());
        Gateway residentService = new Gateway(settings.residentService());
        Reply session = gateway.postJson("/auth/login",
                JSON.writeValueAsString(new Login("admin", settings.adminPassword())), null);
        assertThat(session.status()).as("%s", session).isEqualTo(200);
        String leaked = session.json().path("accessToken").asString();
        String refreshToken = session.json().path("refreshToken").asString();
        // the service has validated a token of this key, so the key is in its cache
        assertThat(residentService.get("/api/communities", leaked).status()).isEqualTo(200);

        Reply revoked = gateway.postJson("/auth/admin/keys/" + kid(leaked) + "/revoke", "", leaked);
        assertThat(revoked.status()).as("%s", revoked).isEqualTo(200);
        assertThat(revoked.json().path("state").asString()).isEqualTo("REVOKED");

        assertThat(gateway.get("/api/communities", leaked).status()).isEqualTo(401);
        assertThat(gateway.postJson("/auth/refresh", JSON.writeValueAsString(new Refresh(refreshToken)), null)
                .status()).isEqualTo(401);
        awaitRefused(residentService, leaked);

        String fresh = gateway.login("admin", settings.adminPassword());
        assertThat(kid(fresh)).isNotEqualTo(kid(leaked));
        assertThat(gateway.get("/api/communities", fresh).status()).isEqualTo(200);
        assertThat(residentService.get("/api/communities", fresh).status()).isEqualTo(200);
    }

    private static void awaitRefused(Gateway service, String token) {
        await("resident-service refusing a token of the revoked key").atMost(SERVICE_DEADLINE)
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(service.get("/api/communities", token).status()).isEqualTo(401));
    }

    private static String kid(String token) {
        String header = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))));
        return JSON.readTree(header).path("kid").asString();
    }

    private record Login(String username, String password) {
    }

    private record Refresh(String refreshToken) {
    }
}
