package com.estate.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves a JWK set over real HTTP, as the gateway does, so services' decoders fetch keys for real: a fixed one
 * ({@link TestTokens}) or whatever a supplier answers at each request ({@link TestJwks}).
 */
final class JwksServer {

    static final String PATH = "/.well-known/jwks.json";

    private final HttpServer server;

    private JwksServer(HttpServer server) {
        this.server = server;
    }

    static JwksServer start(String jwkSetJson) {
        byte[] body = jwkSetJson.getBytes(StandardCharsets.UTF_8);
        return start(() -> body);
    }

    static JwksServer start(Supplier<byte[]> body) {
        AtomicReference<Object> result = new AtomicReference<>();
        // HttpServer's dispatcher thread inherits the daemon flag of the thread that starts the server: start it
        // from a daemon thread, so the JWKS endpoint never keeps a finished test JVM alive
        Thread starter = Thread.ofPlatform().daemon().unstarted(() -> {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                server.createContext(PATH, exchange -> respond(exchange, body.get()));
                server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
                server.start();
                result.set(server);
            } catch (IOException | RuntimeException e) {
                result.set(e);
            }
        });
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the JWKS server", e);
        }
        if (result.get() instanceof HttpServer server) {
            return new JwksServer(server);
        }
        Object failure = result.get();
        if (failure instanceof IOException e) {
            throw new UncheckedIOException("cannot start the JWKS server", e);
        }
        throw (RuntimeException) failure;
    }

    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    void stop() {
        server.stop(0);
    }

    private static void respond(HttpExchange exchange, byte[] body) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(200, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }
}
