package com.estate.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.platform.testapp.PlatformTestApp;
import com.estate.testsupport.TestHttp;
import com.estate.testsupport.TestHttp.Answer;
import com.estate.testsupport.TestTokens;
import com.estate.testsupport.WithSharedInfrastructure;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A service configured for an external OpenID Connect provider (here the test key set, with a Keycloak-style
 * issuer URL and nested realm roles) accepts that provider's tokens and reads the caller from where the
 * configuration says; tokens of the built-in issuer are then refused.
 */
@SpringBootTest(classes = PlatformTestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "app.security.issuer=" + ExternalIssuerTest.ISSUER,
                "app.security.audience=estate-app",
                "app.security.claims.roles=realm_access.roles",
                "app.security.claims.communities=estate.communities"})
@WithSharedInfrastructure
class ExternalIssuerTest {

    static final String ISSUER = "https://sso.example.test/realms/estate";

    @LocalServerPort
    int port;

    @Test
    void acceptsTheExternalIssuersTokensAndReadsNestedClaims() {
        String token = TestTokens.get().token().issuer(ISSUER).audience("estate-app").subject("kc-user-7")
                .claim("realm_access", Map.of("roles", List.of("offline_access", "FINANCE")))
                .claim("estate", Map.of("communities", List.of("c-3")))
                .build();

        Answer answer = new TestHttp(port).send("GET", "/api/samples/whoami", token, null);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().path("subject").asString()).isEqualTo("kc-user-7");
        assertThat(answer.json().path("roles").get(0).asString()).isEqualTo("FINANCE");
        assertThat(answer.json().path("roles").size()).as("unknown roles dropped").isEqualTo(1);
        assertThat(answer.json().path("communities").get(0).asString()).isEqualTo("c-3");
    }

    @Test
    void refusesTokensOfTheBuiltInIssuerAndRolesAtTheOldPlace() {
        String builtIn = TestTokens.get().token().roles("FINANCE").build();
        String rolesAtTopLevel = TestTokens.get().token().issuer(ISSUER).audience("estate-app").roles("FINANCE")
                .build();

        Answer wrongIssuer = new TestHttp(port).send("GET", "/api/samples/whoami", builtIn, null);
        Answer noRoles = new TestHttp(port).send("GET", "/api/samples/whoami", rolesAtTopLevel, null);

        assertThat(wrongIssuer.status()).isEqualTo(401);
        assertThat(noRoles.status()).as("roles are read at realm_access.roles only").isEqualTo(403);
    }
}
