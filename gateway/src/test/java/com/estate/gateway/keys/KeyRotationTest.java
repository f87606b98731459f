package com.estate.gateway.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import com.estate.gateway.GatewayIntegrationTest;
import com.estate.testsupport.TestTokens;
import com.estate.gateway.support.StaffSessions;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;

/**
 * Rotating the signing key while the gateway runs: the new key is published first, signs after the activation
 * delay (5 s in tests), and tokens signed with the old key keep working; keys whose tokens have all expired are
 * deleted and their tokens refused.
 */
class KeyRotationTest extends GatewayIntegrationTest {

    @Autowired
    private SigningKeyRepository repository;

    @Test
    void aNewKeyIsPublishedThenSignsWhileTokensOfTheOldKeyStayValid() {
        String before = adminToken();
        String oldKid = kid(before);

        Map<?, ?> created = rotate(adminToken()).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        String newKid = (String) created.get("kid");
        assertThat(created.get("state")).isEqualTo("PENDING");
        assertThat(newKid).isNotEqualTo(oldKid);

        assertThat(publishedKids()).as("published before it signs").contains(oldKid, newKid);
        assertThat(kid(adminToken())).as("still signing with the old key").isEqualTo(oldKid);

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> kid(adminToken()).equals(newKid));
        String after = adminToken();

        for (String token : List.of(before, after)) {
            client().get().uri("/api/residents/rotation-check").headers(h -> h.setBearerAuth(token))
                    .exchange().expectStatus().isOk();
        }
        List<?> keys = client().get().uri("/auth/admin/keys").headers(h -> h.setBearerAuth(after))
                .exchange().expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
        Map<?, ?> old = keys.stream().map(Map.class::cast).filter(k -> oldKid.equals(k.get("kid"))).findFirst()
                .orElseThrow();
        Map<?, ?> current = keys.stream().map(Map.class::cast).filter(k -> newKid.equals(k.get("kid"))).findFirst()
                .orElseThrow();
        assertThat(old.get("state")).isEqualTo("RETIRED");
        assertThat(current.get("state")).isEqualTo("SIGNING");
        Instant verifiesUntil = Instant.parse((String) old.get("verifiesUntil"));
        Instant switchedAt = Instant.parse((String) current.get("activatesAt"));
        assertThat(Duration.between(switchedAt, verifiesUntil))
                .as("one token lifetime: access-token TTL plus clock skew")
                .isEqualTo(security.accessTokenTtl().plus(security.clockSkew()));
    }

    @Test
    void aKeyWhoseTokensHaveAllExpiredIsDeletedAndItsTokensRefused() {
        RSAKey ancient = TestTokens.newRsaKey("k-ancient-" + System.nanoTime());
        RSAKey older = TestTokens.newRsaKey("k-older-" + System.nanoTime());
        Instant now = Instant.now();
        repository.insert(stored(ancient, now.minus(Duration.ofDays(200)))).block();
        repository.insert(stored(older, now.minus(Duration.ofDays(100)))).block();
        // A token that is itself still valid, signed with a key replaced 100 days ago.
        String lateToken = tokens().sign(ancient, claims -> claims);

        client().get().uri("/auth/admin/keys").headers(h -> h.setBearerAuth(adminToken()))
                .exchange().expectStatus().isOk(); // reloads now rather than at the next refresh

        assertThat(repository.findById(ancient.getKeyID()).blockOptional()).isEmpty();
        assertThat(publishedKids()).doesNotContain(ancient.getKeyID());
        assertProblem(client().get().uri("/api/residents/expired-key").headers(h -> h.setBearerAuth(lateToken))
                .exchange(), HttpStatus.UNAUTHORIZED, "unauthorized");
        repository.deleteById(older.getKeyID()).block();
    }

    @Test
    void onlyPlatformAdministratorsSeeAndRotateKeys() {
        String username = StaffSessions.uniqueUsername("keys-agent");
        StaffSessions sessions = new StaffSessions(client());
        sessions.create(adminToken(), username, List.of("CS_SUPERVISOR"), List.of("c-1"));
        String supervisor = (String) sessions.login(username, StaffSessions.PASSWORD).get("accessToken");

        assertProblem(rotate(supervisor), HttpStatus.FORBIDDEN, "forbidden");
        assertProblem(client().get().uri("/auth/admin/keys").headers(h -> h.setBearerAuth(supervisor)).exchange(),
                HttpStatus.FORBIDDEN, "forbidden");
        assertProblem(client().post().uri("/auth/admin/keys").exchange(), HttpStatus.UNAUTHORIZED, "unauthorized");
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec rotate(String token) {
        return client().post().uri("/auth/admin/keys").headers(h -> h.setBearerAuth(token)).exchange();
    }

    private List<String> publishedKids() {
        String json = client().get().uri("/.well-known/jwks.json").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        try {
            return JWKSet.parse(json).getKeys().stream().map(key -> key.getKeyID()).toList();
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SigningKeyDocument stored(RSAKey key, Instant activatesAt) {
        return new SigningKeyDocument(key.getKeyID(), "RS256", key.toJSONString(), activatesAt, activatesAt, null, null);
    }

    private static String kid(String token) {
        try {
            return SignedJWT.parse(token).getHeader().getKeyID();
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
