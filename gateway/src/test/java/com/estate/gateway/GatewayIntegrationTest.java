package com.estate.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.FileSystemUtils;

import com.estate.contracts.problems.ProblemCatalog;
import com.estate.gateway.keys.KeyRing;
import com.estate.gateway.security.GatewaySecurityProperties;
import com.estate.gateway.support.StaffSessions;
import com.estate.gateway.support.StubBackend;
import com.estate.gateway.support.SwitchableBackend;
import com.estate.gateway.support.HandMadeTokens;
import com.estate.gateway.support.PasswordChecks;
import com.estate.testsupport.SharedInfrastructure;
import com.estate.testsupport.TcpProxy;
import com.estate.testsupport.TestPiiKeys;
import com.estate.testsupport.WithSharedInfrastructure;

import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Base of every gateway integration test: the real application on a random port, against the shared
 * in-JVM MongoDB, with stub services behind it. Every subclass inherits exactly this configuration (and adds
 * none), so Spring builds the context once for the whole test run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithSharedInfrastructure
@Import(PasswordChecks.class)
public abstract class GatewayIntegrationTest {

    protected static final StubBackend RESIDENT = StubBackend.shared("resident-service");
    protected static final StubBackend COMPLAINT = StubBackend.shared("complaint-service");
    protected static final StubBackend BILLING = StubBackend.shared("billing-service");
    protected static final StubBackend ACTIVITY = StubBackend.shared("activity-service");
    /**
     * workorder-service is "down": nothing listens at its URL. Tests that bring it up (resilience) take it down
     * again when they finish.
     */
    protected static final SwitchableBackend WORKORDER = SwitchableBackend.down("workorder-service");
    protected static final String WORKORDER_DOWN_URL = WORKORDER.baseUrl();

    /**
     * The gateway reaches MongoDB through this proxy, so a test can take the database away ({@code cut()}) and bring
     * it back ({@code restore()}) with its data; for every other test it is simply there.
     */
    protected static final TcpProxy MONGO = TcpProxy.inFrontOfMongo(SharedInfrastructure.get().mongoUri());

    /** In a directory that does not exist yet, to prove the gateway creates it. */
    protected static final Path PASSWORD_FILE = newTempDir().resolve("secrets/nested/admin-password");

    /** Where the file SMS adapter writes login codes (a directory that does not exist yet). */
    protected static final Path SMS_OUTBOX = newTempDir().resolve("sms/outbox.log");

    /**
     * The reverse proxies the gateway trusts in the tests: 127.0.0.16 to 127.0.0.31. Tests call from 127.0.0.1, an
     * untrusted peer, unless they pick another loopback source address ({@link #client(String)}) to play a proxy
     * or another client.
     */
    protected static final String TRUSTED_PROXIES = "127.0.0.16/28";

    /** The key resident-service and the gateway share for phone hashes (test value). */
    protected static final String PHONE_HASH_KEY = TestPiiKeys.PHONE_HASH_KEY;

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        // a short server selection: while the database is away, each attempt fails within 2 s rather than 30
        registry.add("spring.mongodb.uri", () -> MONGO.mongoUri("serverSelectionTimeoutMS=2000",
                "connectTimeoutMS=1000"));
        // retries of transient failures close together, so a test sees the recovery soon after it happens
        registry.add("app.kafka.retry.transient.initial-interval", () -> "100ms");
        registry.add("app.kafka.retry.transient.max-interval", () -> "1s");
        registry.add("app.services.resident", RESIDENT::baseUrl);
        registry.add("app.services.workorder", () -> WORKORDER_DOWN_URL);
        registry.add("app.services.complaint", COMPLAINT::baseUrl);
        registry.add("app.services.billing", BILLING::baseUrl);
        registry.add("app.services.activity", ACTIVITY::baseUrl);
        registry.add("app.bootstrap-admin.username", () -> "admin");
        registry.add("app.bootstrap-admin.password", () -> ""); // force the generated-password path
        registry.add("app.bootstrap-admin.password-file", PASSWORD_FILE::toString);
        registry.add("app.residents.phone-hash-key", () -> PHONE_HASH_KEY);
        registry.add("app.sms.outbox-file", SMS_OUTBOX::toString);
        registry.add("app.trusted-proxies[0]", () -> TRUSTED_PROXIES);
        resilienceAndLimits(registry);
        // Rotation in seconds rather than minutes, so tests can watch a new key being published, then signing.
        registry.add("app.keys.refresh-interval", () -> "1s");
        registry.add("app.keys.activation-delay", () -> "5s");
    }

    /**
     * A small body limit and one browser-app origin; small breaker windows and a short timeout for workorder-service (the route the resilience tests switch),
     * and rate limits that only the narrow probe paths can reach: most tests call from 127.0.0.1, so the real
     * per-IP login limit would trip other tests.
     */
    private static void resilienceAndLimits(DynamicPropertyRegistry registry) {
        registry.add("app.routes.max-body-size", () -> "64KB");
        registry.add("app.cors.allowed-origins[0]", () -> "https://app.estate.test");
        registry.add("app.routes.resilience.routes.workorder-service.timeout", () -> "1s");
        registry.add("app.routes.resilience.circuit-breaker.sliding-window-size", () -> "4");
        registry.add("app.routes.resilience.circuit-breaker.minimum-number-of-calls", () -> "4");
        registry.add("app.routes.resilience.circuit-breaker.wait-duration-in-open-state", () -> "2s");
        registry.add("app.routes.resilience.circuit-breaker.permitted-calls-in-half-open-state", () -> "1");
        String[][] rules = {
                {"auth-probe", "/auth/rate-limit-probe/**", "ip", "3", "1h"},
                {"auth", "/auth/**", "ip", "100000", "1m"},
                {"api-probe", "/api/announcements/rate-limited/**", "principal", "3", "1h"},
                {"api", "/api/**", "principal", "100000", "1m"}};
        // Every test logs in as admin, so the per-account and per-phone limits are out of reach here too; their
        // tests empty the buckets through the limiter itself.
        registry.add("app.login.account-rate-limit.capacity", () -> "1000");
        registry.add("app.otp.phone-rate-limit.capacity", () -> "1000");
        for (int i = 0; i < rules.length; i++) {
            String[] rule = rules[i];
            String prefix = "app.rate-limits.rules[" + i + "].";
            registry.add(prefix + "id", () -> rule[0]);
            registry.add(prefix + "paths[0]", () -> rule[1]);
            registry.add(prefix + "key", () -> rule[2]);
            registry.add(prefix + "capacity", () -> rule[3]);
            registry.add(prefix + "refill-period", () -> rule[4]);
        }
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected GatewaySecurityProperties security;

    @Autowired
    protected KeyRing keyRing;

    protected WebTestClient client() {
        return WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    /**
     * A client whose connections come from the given loopback address (any of 127.0.0.0/8), so the gateway sees
     * that TCP peer: a trusted proxy within {@link #TRUSTED_PROXIES}, or another untrusted client. No connection
     * pool, so no connection is ever shared between source addresses.
     */
    protected WebTestClient client(String sourceAddress) {
        HttpClient http = HttpClient.create(ConnectionProvider.newConnection())
                .bindAddress(() -> new InetSocketAddress(sourceAddress, 0));
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(http))
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    protected HandMadeTokens tokens() {
        return new HandMadeTokens(security.issuer(), security.audience());
    }

    protected static String adminPassword() {
        try {
            return Files.readString(PASSWORD_FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Logs in as the bootstrap administrator and returns the access token. */
    protected String adminToken() {
        return login("admin", adminPassword());
    }

    protected String login(String username, String password) {
        return (String) new StaffSessions(client()).login(username, password).get("accessToken");
    }

    /**
     * Asserts an RFC 9457 problem body with the suite's fields, in the default language (the request sent no
     * Accept-Language), and no trace of internals. Returns the body spec for further checks (the body can be read
     * only once).
     */
    protected static WebTestClient.BodyContentSpec assertProblem(WebTestClient.ResponseSpec response,
            HttpStatus status, String code) {
        return response.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("Content-Language", "zh-CN")
                .expectBody()
                .jsonPath("$.type").isEqualTo(ProblemCatalog.TYPE_BASE + code)
                .jsonPath("$.title").isEqualTo(ProblemCatalog.title(code, Locale.SIMPLIFIED_CHINESE))
                .jsonPath("$.status").isEqualTo(status.value())
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail)
                        .containsPattern("\\p{IsHan}") // Chinese
                        .doesNotContain("{")) // every catalog argument filled in
                .jsonPath("$.code").isEqualTo(code)
                .jsonPath("$.instance").isNotEmpty()
                .jsonPath("$.trace").doesNotExist()
                .jsonPath("$.exception").doesNotExist()
                .jsonPath("$.message").doesNotExist();
    }

    private static Path newTempDir() {
        try {
            Path dir = Files.createTempDirectory("gateway-test-");
            // The context outlives every test class, so the directory goes when the JVM does.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(dir.toFile())));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
