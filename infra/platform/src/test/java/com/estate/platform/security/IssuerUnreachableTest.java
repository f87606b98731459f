package com.estate.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.estate.platform.testapp.PlatformTestApp;
import com.estate.testsupport.ProblemAssertions;
import com.estate.testsupport.TestHttp;
import com.estate.testsupport.TestJwks;
import com.estate.testsupport.TestTokens;
import com.estate.testsupport.WithSharedInfrastructure;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * When the issuer's keys cannot be fetched and the cached set has expired, a request with a good token answers 503
 * {@code unavailable} (a temporary failure of the service), never a 500; within the set's lifespan it is answered
 * from the cache although the issuer is gone.
 */
@SpringBootTest(classes = PlatformTestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "app.security.jwk-set-cache-ttl=" + IssuerUnreachableTest.LIFESPAN_SECONDS + "s")
@WithSharedInfrastructure
class IssuerUnreachableTest {

    static final int LIFESPAN_SECONDS = 3;

    private static final RSAKey KEY = TestTokens.newRsaKey("k-unreachable");
    private static final TestJwks JWKS = TestJwks.serving(KEY);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void issuerKeys(DynamicPropertyRegistry registry) {
        registry.add("app.security.jwk-set-uri", JWKS::uri);
    }

    @Test
    void aTokenThatCannotBeCheckedIsA503NotA500() {
        String token = TestTokens.get().token().roles("FINANCE").communities("c-1").signedWith(KEY).build();
        assertThat(send(token).status()).as("keys fetched").isEqualTo(200);

        JWKS.close();
        assertThat(send(token).status()).as("answered from the cached set").isEqualTo(200);

        await().atMost(Duration.ofSeconds(LIFESPAN_SECONDS + 5)).pollInterval(Duration.ofMillis(200))
                .until(() -> send(token).status() != 200);
        TestHttp.Answer refused = send(token);
        ProblemAssertions.assertProblem(refused, 503, "unavailable");
        assertThat(refused.header("Retry-After")).isEqualTo("1");
    }

    private TestHttp.Answer send(String token) {
        return new TestHttp(port).send("GET", "/api/samples/whoami", token, null);
    }
}
