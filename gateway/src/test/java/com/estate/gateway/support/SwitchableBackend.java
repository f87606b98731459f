package com.estate.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A service stand-in that tests can take down and bring back on the same port (so the gateway's route keeps
 * pointing at it), slow down, or make answer 503 a given number of times. Starts down.
 */
public final class SwitchableBackend {

    private final String name;
    private final int port;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final AtomicInteger failNext = new AtomicInteger();
    private volatile Duration delay = Duration.ZERO;
    private HttpServer server;
    private ServerSocket resetting;

    private SwitchableBackend(String name, int port) {
        this.name = name;
        this.port = port;
    }

    /** A backend on a port that was free a moment ago, not listening yet. */
    public static SwitchableBackend down(String name) {
        String url = StubBackend.deadUrl();
        return new SwitchableBackend(name, Integer.parseInt(url.substring(url.lastIndexOf(':') + 1)));
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public synchronized void up() {
        if (server != null) {
            return;
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            try {
                HttpServer created = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
                created.setExecutor(Executors.newCachedThreadPool(runnable -> {
                    Thread thread = new Thread(runnable, "switchable-" + name);
                    thread.setDaemon(true);
                    return thread;
                }));
                created.createContext("/", this::handle);
                created.start();
                server = created;
                return;
            } catch (BindException e) {
                if (System.nanoTime() > deadline) {
                    throw new UncheckedIOException(e);
                }
                sleep(Duration.ofMillis(50));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Listens, but like a process killed in the middle of a request: reads the request's head, then resets the
     * connection (RST, no answer at all). {@link #down()} ends it.
     */
    public synchronized void resetting() {
        down();
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            resetting = socket;
            Thread acceptor = new Thread(() -> resetEvery(socket), "resetting-" + name);
            acceptor.setDaemon(true);
            acceptor.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops listening: connections are refused from now on. Resets delay and failures. */
    public synchronized void down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
        if (resetting != null) {
            try {
                resetting.close();
            } catch (IOException ignored) {
                // closing a listening socket: nothing left to clean up
            }
            resetting = null;
        }
        delay = Duration.ZERO;
        failNext.set(0);
    }

    public void delay(Duration delay) {
        this.delay = delay;
    }

    /** Answers the next {@code count} requests with 503. */
    public void failNext(int count) {
        failNext.set(count);
    }

    /** How many requests reached this backend for the exact path. */
    public int hits(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    private void resetEvery(ServerSocket socket) {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                InputStream in = connection.getInputStream();
                String path = readRequestPath(in);
                hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                connection.setSoLinger(true, 0); // close() now sends RST instead of FIN
            } catch (IOException closedOrBroken) {
                // the listening socket was closed (down()), or the client went away first
            }
        }
    }

    /** Reads up to the end of the request head and returns its path. */
    private static String readRequestPath(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int c;
        while (head.indexOf("\r\n\r\n") < 0 && (c = in.read()) != -1) {
            head.append((char) c);
        }
        String[] requestLine = head.toString().split(" ", 3);
        return requestLine.length > 1 ? requestLine[1].split("\\?")[0] : "";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
            String path = exchange.getRequestURI().getPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            if (!delay.isZero()) {
                sleep(delay);
            }
            boolean fail = failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
            byte[] reply = ("{\"service\":\"" + name + "\",\"path\":\"" + path + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(fail ? 503 : 200, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
