package com.estate.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.estate.gateway.keys.KeyRing;
import com.estate.gateway.support.StubBackend;
import com.estate.testsupport.TestTokens;
import com.estate.testsupport.TokenBuilder;
import com.estate.testsupport.WithSharedInfrastructure;

/**
 * The gateway with its built-in issuer off, trusting an external OpenID Connect provider by configuration alone.
 * The test key set (its own RSA key behind its own JWKS endpoint) plays the provider, with a Keycloak-style
 * issuer URL and roles nested at {@code realm_access.roles}. The services are configured the same way
 * (infra/platform's ExternalIssuerTest).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "app.security.built-in-issuer=false",
        "app.security.issuer=" + ExternalIssuerTest.ISSUER,
        "app.security.audience=estate-app",
        "app.security.claims.roles=realm_access.roles",
        "spring.mongodb.database=gateway-external-issuer"})
@WithSharedInfrastructure
class ExternalIssuerTest {

    static final String ISSUER = "https://sso.example.test/realms/estate";

    private static final StubBackend RESIDENT = StubBackend.shared("resident-service");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        // app.security.jwk-set-uri is the test key set's JWKS (set by @WithSharedInfrastructure)
        registry.add("app.services.resident", RESIDENT::baseUrl);
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void theProvidersTokensAreAcceptedRelayedAndReadFromTheConfiguredClaims() {
        String token = external("PLATFORM_ADMIN").communities("c-1").build();

        client().post().uri("/api/communities").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isOk();
        assertThat(RESIDENT.request("/api/communities").header("Authorization")).isEqualTo("Bearer " + token);

        client().get().uri("/api/me").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.subject").isEqualTo("kc-user")
                .jsonPath("$.roles").isEqualTo(List.of("PLATFORM_ADMIN"))
                .jsonPath("$.communities").isEqualTo(List.of("c-1"));
    }

    @Test
    void aResidentOfTheProviderIsDescribedFromTheTokenAlone() {
        String token = external("RESIDENT").communities("c-2").residentId("r-42").unitIds("u-1").build();

        client().get().uri("/api/me").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.residentId").isEqualTo("r-42")
                .jsonPath("$.unitIds").isEqualTo(List.of("u-1"));
    }

    @Test
    void theRoleMatrixAppliesToTheMappedRoles() {
        String agent = external("CS_AGENT").build();
        String rolesAtTopLevel = TestTokens.get().token().issuer(ISSUER).audience("estate-app")
                .roles("PLATFORM_ADMIN").build();

        for (String token : List.of(agent, rolesAtTopLevel)) {
            client().post().uri("/api/communities").headers(h -> h.setBearerAuth(token))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                    .exchange()
                    .expectStatus().isForbidden()
                    .expectBody().jsonPath("$.code").isEqualTo("forbidden");
        }
    }

    @Test
    void everyForgeryIsStillRefused() {
        Map<String, String> forgeries = Map.of(
                "the built-in issuer's iss", TestTokens.get().token().audience("estate-app")
                        .claim("realm_access", Map.of("roles", List.of("PLATFORM_ADMIN"))).build(),
                "wrong audience", external("PLATFORM_ADMIN").audience("estate-api").build(),
                "foreign key", external("PLATFORM_ADMIN").signedWithForeignKey().build(),
                "unknown kid", external("PLATFORM_ADMIN").keyId("no-such-key").build(),
                "expired", external("PLATFORM_ADMIN").expired().build(),
                "alg none", external("PLATFORM_ADMIN").unsigned().build(),
                "HS256 with the public key", external("PLATFORM_ADMIN").algorithm("HS256").build());
        forgeries.forEach((name, token) -> client().get().uri("/api/residents/forged")
                .headers(h -> h.setBearerAuth(token))
                .exchange()
                .expectStatus().value(status -> assertThat(status).as(name).isEqualTo(401))
                .expectBody().jsonPath("$.code").isEqualTo("unauthorized"));
    }

    @Test
    void theBuiltInIssuerIsOff() {
        assertThat(context.getBeanNamesForType(KeyRing.class)).isEmpty();
        for (String path : List.of("/auth/login", "/auth/otp", "/auth/refresh")) {
            client().post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                    .expectStatus().isEqualTo(HttpStatus.NOT_FOUND)
                    .expectBody().jsonPath("$.code").isEqualTo("not-found");
        }
        client().get().uri("/.well-known/jwks.json").exchange().expectStatus().isNotFound();
        client().get().uri("/auth/admin/users").exchange().expectStatus().isNotFound();
        assertThat(mongo.collectionExists("signing_keys").block()).as("no key was ever generated").isFalse();
    }

    private static TokenBuilder external(String role) {
        return TestTokens.get().token().issuer(ISSUER).audience("estate-app").subject("kc-user")
                .claim("realm_access", Map.of("roles", List.of("offline_access", role)));
    }

    private WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
    }
}
