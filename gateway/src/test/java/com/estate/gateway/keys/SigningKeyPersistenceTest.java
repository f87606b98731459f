package com.estate.gateway.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.text.ParseException;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.estate.gateway.GatewayIntegrationTest;
import com.estate.gateway.support.SecondGateway;
import com.estate.gateway.support.StaffSessions;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * A second gateway started on the same database stands for a restart (or a second replica): it must sign
 * with the same key, accept tokens the first one issued, and follow a key rotation made on the first one
 * without being restarted.
 */
class SigningKeyPersistenceTest extends GatewayIntegrationTest {

    @Autowired
    private Environment environment;

    @Test
    void restartedGatewayKeepsTheKeyAndAcceptsEarlierTokens() throws Exception {
        String tokenFromFirst = adminToken();
        String firstJwks = client().get().uri("/.well-known/jwks.json").exchange()
                .expectBody(String.class).returnResult().getResponseBody();

        try (SecondGateway second = SecondGateway.startLike(environment)) {
            WebTestClient secondClient = second.client();

            String secondJwks = secondClient.get().uri("/.well-known/jwks.json").exchange()
                    .expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(JWKSet.parse(secondJwks).getKeys()).isEqualTo(JWKSet.parse(firstJwks).getKeys());
            assertThat(second.bean(KeyRing.class).signingKey().getKeyID())
                    .isEqualTo(keyRing.signingKey().getKeyID());

            secondClient.get().uri("/api/residents/after-restart")
                    .headers(h -> h.setBearerAuth(tokenFromFirst))
                    .exchange()
                    .expectStatus().isOk();
            assertThat(RESIDENT.request("/api/residents/after-restart")).isNotNull();

            followsARotationMadeOnTheOtherReplica(secondClient);
        }
    }

    private void followsARotationMadeOnTheOtherReplica(WebTestClient secondClient) {
        String newKid = (String) client().post().uri("/auth/admin/keys").headers(h -> h.setBearerAuth(adminToken()))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("kid");

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> secondClient.get().uri("/.well-known/jwks.json").exchange()
                        .expectBody(String.class).returnResult().getResponseBody().contains(newKid));
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> kid(new StaffSessions(secondClient).login("admin", adminPassword())).equals(newKid));

        String fromSecond = (String) new StaffSessions(secondClient).login("admin", adminPassword()).get("accessToken");
        client().get().uri("/api/residents/signed-by-the-other-replica")
                .headers(h -> h.setBearerAuth(fromSecond))
                .exchange()
                .expectStatus().isOk();
    }

    private static String kid(Map<?, ?> session) {
        try {
            return SignedJWT.parse((String) session.get("accessToken")).getHeader().getKeyID();
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
