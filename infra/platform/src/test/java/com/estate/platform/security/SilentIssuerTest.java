package com.estate.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.platform.testapp.PlatformTestApp;
import com.estate.testsupport.ProblemAssertions;
import com.estate.testsupport.TestHttp;
import com.estate.testsupport.TestTokens;
import com.estate.testsupport.WithSharedInfrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An issuer that accepts the connection and never answers (a gateway too busy to serve its JWKS): the service's
 * fetch times out ({@link IssuerKeys#READ_TIMEOUT_MILLIS}) and the request answers 503 {@code unavailable}, not 500.
 */
@SpringBootTest(classes = PlatformTestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithSharedInfrastructure
class SilentIssuerTest {

    private static final ServerSocket SILENT = silent();
    private static final List<Socket> HELD = new ArrayList<>();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void issuerKeys(DynamicPropertyRegistry registry) {
        registry.add("app.security.jwk-set-uri", () -> "http://127.0.0.1:" + SILENT.getLocalPort() + "/jwks.json");
    }

    @AfterAll
    static void close() throws IOException {
        SILENT.close();
        for (Socket socket : HELD) {
            socket.close();
        }
    }

    @Test
    void aJwksFetchThatTimesOutIsA503() {
        String token = TestTokens.get().token().roles("FINANCE").communities("c-1").build();
        TestHttp.Answer answer = new TestHttp(port).send("GET", "/api/samples/whoami", token, null);
        ProblemAssertions.assertProblem(answer, 503, "unavailable");
        assertThat(answer.header("Retry-After")).isEqualTo("1");
    }

    private static ServerSocket silent() {
        try {
            ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread.ofVirtual().start(() -> {
                while (!socket.isClosed()) {
                    try {
                        HELD.add(socket.accept()); // read nothing, answer nothing
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
