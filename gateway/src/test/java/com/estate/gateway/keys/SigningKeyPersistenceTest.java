package com.estate.gateway.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

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
import com.estate.testsupport.SharedInfrastructure;
import com.nimbusds.jose.jwk.JWKSet;

/**
 * A second gateway started on the same database stands for a restart (or a second replica): it must sign
 * with the same key, and accept tokens the first one issued.
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
                "--app.bootstrap-admin.password-file=" + PASSWORD_FILE)) {
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
