package com.estate.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for one service behind the gateway: a JDK HTTP server on a free loopback port that records every
 * request (by path) and answers {@code {"service": name, "path": path}}. One per service per JVM, shared by
 * every test class, like the Spring context.
 */
public final class StubBackend {

    private static final Map<String, StubBackend> SHARED = new ConcurrentHashMap<>();

    private final String name;
    private final HttpServer server;
    private final Map<String, RecordedRequest> requests = new ConcurrentHashMap<>();

    private StubBackend(String name) {
        this.name = name;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "stub-" + name);
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    /** The JVM-wide stub for a service name, started on first use. */
    public static StubBackend shared(String name) {
        return SHARED.computeIfAbsent(name, StubBackend::new);
    }

    /** A loopback URL where nothing listens (the port was free a moment ago and is closed again). */
    public static String deadUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String name() {
        return name;
    }

    /** The last request received for this exact path (without query), or null. */
    public RecordedRequest request(String path) {
        return requests.get(path);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            requests.put(path, new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    copy(exchange.getRequestHeaders()), body));
            byte[] reply = ("{\"service\":\"" + name + "\",\"path\":\"" + path + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        }
    }

    private static Headers copy(Headers headers) {
        Headers copy = new Headers();
        headers.forEach((key, values) -> copy.put(key, List.copyOf(values)));
        return copy;
    }

    /** What the service saw. {@link Headers} looks names up case-insensitively. */
    public record RecordedRequest(String method, String uri, Headers headers, String body) {

        public String header(String name) {
            return headers.getFirst(name);
        }

        public boolean hasHeader(String name) {
            return headers.containsKey(name);
        }
    }
}
