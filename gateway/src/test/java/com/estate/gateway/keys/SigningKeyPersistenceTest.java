package com.estate.gateway.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.text.ParseException;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.estate.gateway.GatewayApplication;
import com.estate.gateway.GatewayIntegrationTest;
import com.estate.gateway.support.StaffSessions;
import com.estate.testsupport.SharedInfrastructure;
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

        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(GatewayApplication.class)
                .initializers(SigningKeyPersistenceTest::privateNettyResources)
                .run(
                "--server.port=0",
                "--spring.mongodb.uri=" + SharedInfrastructure.get().mongoUri(),
                "--spring.mongodb.database=" + environment.getRequiredProperty("spring.mongodb.database"),
                "--app.security.issuer=" + security.issuer(),
                "--app.security.audience=" + security.audience(),
                "--app.services.resident=" + RESIDENT.baseUrl(),
                "--app.bootstrap-admin.password-file=" + PASSWORD_FILE,
                "--app.keys.refresh-interval=1s",
                "--app.keys.activation-delay=5s")) {
            String port = second.getEnvironment().getProperty("local.server.port");
            WebTestClient secondClient = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                    .responseTimeout(Duration.ofSeconds(30)).build();

            String secondJwks = secondClient.get().uri("/.well-known/jwks.json").exchange()
                    .expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(JWKSet.parse(secondJwks).getKeys()).isEqualTo(JWKSet.parse(firstJwks).getKeys());
            assertThat(second.getBean(KeyRing.class).signingKey().getKeyID())
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

    /**
     * By default every Boot app in a JVM shares Reactor Netty's global event loops and connection pools, and
     * closing one context disposes them, cutting the test context's connections too. The second gateway gets
     * its own.
     */
    private static void privateNettyResources(ConfigurableApplicationContext context) {
        ((GenericApplicationContext) context).registerBean(ReactorResourceFactory.class, () -> {
            ReactorResourceFactory resources = new ReactorResourceFactory();
            resources.setUseGlobalResources(false);
            return resources;
        });
    }
}
