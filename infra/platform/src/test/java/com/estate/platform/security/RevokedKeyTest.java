package com.estate.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.estate.platform.testapp.PlatformTestApp;
import com.estate.testsupport.TestHttp;
import com.estate.testsupport.TestJwks;
import com.estate.testsupport.TestTokens;
import com.estate.testsupport.WithSharedInfrastructure;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A key the issuer withdrew from its JWKS (a revoked, leaked key) stops verifying at a service within the JWK
 * set cache lifespan ({@code app.security.jwk-set-cache-ttl}, 2 s here), although the service still knows its
 * {@code kid}; a key newly published is accepted at once.
 */
@SpringBootTest(classes = PlatformTestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "app.security.jwk-set-cache-ttl=" + RevokedKeyTest.LIFESPAN_SECONDS + "s")
@WithSharedInfrastructure
class RevokedKeyTest {

    static final int LIFESPAN_SECONDS = 2;

    private static final RSAKey LEAKED = TestTokens.newRsaKey("k-leaked");
    private static final RSAKey CURRENT = TestTokens.newRsaKey("k-current");
    private static final TestJwks JWKS = TestJwks.serving(LEAKED, CURRENT);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void issuerKeys(DynamicPropertyRegistry registry) {
        registry.add("app.security.jwk-set-uri", JWKS::uri);
    }

    @AfterAll
    static void stopJwks() {
        JWKS.close();
    }

    @Test
    void aWithdrawnKeyIsRefusedWithinTheCacheLifespanAndANewKeyIsAcceptedAtOnce() {
        String leaked = token(LEAKED);
        String current = token(CURRENT);
        assertThat(status(leaked)).as("known and cached").isEqualTo(200);

        JWKS.publish(CURRENT);

        await().atMost(Duration.ofSeconds(LIFESPAN_SECONDS).plusSeconds(1)).pollInterval(Duration.ofMillis(100))
                .until(() -> status(leaked) == 401);
        assertThat(status(current)).isEqualTo(200);

        RSAKey next = TestTokens.newRsaKey("k-next");
        JWKS.publish(CURRENT, next);
        assertThat(status(token(next))).as("an unknown kid makes the service refetch").isEqualTo(200);
    }

    private static String token(RSAKey key) {
        return TestTokens.get().token().roles("FINANCE").communities("c-1").signedWith(key).build();
    }

    private int status(String token) {
        return new TestHttp(port).send("GET", "/api/samples/whoami", token, null).status();
    }
}
