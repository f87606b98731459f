package com.estate.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The limit of the box for {@link GatewayBench}: the smallest HTTP server the JDK has ({@code com.sun.net.httpserver},
 * one virtual thread per request), answering every GET with the same fixed JSON body, the bytes resident-service
 * answered for the benchmark's document. No database, no security, no framework: what is left is the HTTP/1.1
 * exchange over loopback, which the load generator, the service and the gateway all pay as well.
 * <p>
 * It runs as a process of its own (like the service and the gateway), started by {@link #start}, so its CPU time is
 * read the same way theirs is and it does not share the load generator's JVM. The child prints its port on the
 * first line of its standard output and stops when its standard input closes (the benchmark ending, however it
 * ends).
 */
final class BaselineServer implements AutoCloseable {

    private final Process process;
    private final URI uri;

    private BaselineServer(Process process, URI uri) {
        this.process = process;
        this.uri = uri;
    }

    /** The URI of the one path it serves ({@code /answer}). */
    URI uri() {
        return uri;
    }

    ProcessHandle process() {
        return process.toHandle();
    }

    /**
     * Starts the server in a new JVM with the given options (the benchmark passes the gateway's JIT and GC flags, so
     * the baseline compiles as the suite's applications do), answering {@code body}.
     */
    static BaselineServer start(byte[] body, List<String> jvmOptions) throws IOException {
        Path bodyFile = Files.createTempFile("baseline-answer", ".json");
        bodyFile.toFile().deleteOnExit();
        Files.write(bodyFile, body);
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx64m");
        command.addAll(jvmOptions);
        // the benchmark runs from the fat jar; its launcher finds this class there again
        command.add("-Dloader.main=" + BaselineServer.class.getName());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.springframework.boot.loader.launch.PropertiesLauncher");
        command.add(bodyFile.toString());
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String first = out.readLine();
        if (first == null || !first.startsWith("port ")) {
            process.destroy();
            throw new IllegalStateException("the baseline server did not start (it printed " + first + ")");
        }
        int port = Integer.parseInt(first.substring("port ".length()).trim());
        return new BaselineServer(process, URI.create("http://127.0.0.1:" + port + "/answer"));
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The child: {@code BaselineServer BODY_FILE}. */
    public static void main(String[] args) throws IOException {
        byte[] body = Files.readAllBytes(Path.of(args[0]));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/answer", exchange -> answer(exchange, body));
        server.start();
        System.out.println("port " + server.getAddress().getPort());
        System.out.flush();
        // stop when the benchmark that started us is gone (its end of our standard input closes)
        while (System.in.read() >= 0) {
            // nothing is ever sent; read blocks until the end of the stream
        }
        server.stop(0);
        System.exit(0);
    }

    private static void answer(HttpExchange exchange, byte[] body) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            // the services answer 401 without a token; so does the baseline, so each variant reads the header
            if (exchange.getRequestHeaders().getFirst("Authorization") == null) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream response = exchange.getResponseBody()) {
                response.write(body);
            }
        }
    }
}
