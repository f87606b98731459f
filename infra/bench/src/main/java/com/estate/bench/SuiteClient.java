package com.estate.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The few calls the benchmark needs to set itself up: log in, and create a community to read back. */
final class SuiteClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** How long a set-up call retries a 503: longer than the gateway's circuit-breaker wait (15 s). */
    private static final Duration UNAVAILABLE_PATIENCE = Duration.ofSeconds(60);

    private final HttpClient http;
    private final URI gateway;

    SuiteClient(HttpClient http, URI gateway) {
        this.http = http;
        this.gateway = gateway;
    }

    /** The benchmarks' HTTP client: HTTP/1.1, as the suite's clients speak it. */
    static HttpClient http() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Logs in as the bootstrap administrator, whose password {@code ./suite up} wrote to the file. */
    String loginAsAdmin(Path passwordFile) throws IOException {
        return login("admin", Files.readString(passwordFile).strip());
    }

    String login(String username, String password) {
        String body = "{\"username\":\"" + json(username) + "\",\"password\":\"" + json(password) + "\"}";
        return field(post("/auth/login", body, null), "accessToken");
    }

    String createCommunity(String token) {
        String body = "{\"name\":\"Bench Court " + UUID.randomUUID() + "\",\"timeZone\":\"Asia/Shanghai\"}";
        return field(post("/api/communities", body, token), "id");
    }

    /** A staff account the administrator created through the gateway's admin API, as the journeys create theirs. */
    record Staff(String username, String password) {
    }

    /** A new staff account with one role in one community (as {@code POST /auth/admin/users}); log in with it. */
    Staff createStaff(String adminToken, String role, String communityId) {
        String username = "bench-" + role.toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        String password = "Bench#" + UUID.randomUUID().toString().substring(0, 12);
        post("/auth/admin/users", "{\"username\":\"%s\",\"password\":\"%s\",\"roles\":[\"%s\"],\"communities\":[\"%s\"]}"
                .formatted(username, password, role, communityId), adminToken);
        return new Staff(username, password);
    }

    String login(Staff staff) {
        return login(staff.username(), staff.password());
    }

    private String post(String path, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path)).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            // 503: the gateway's circuit breaker for the service is open (e.g. after an overload a run caused), or
            // the service not ready yet; it closes again after its wait, so set-up calls wait for it
            long deadline = System.nanoTime() + UNAVAILABLE_PATIENCE.toNanos();
            while (response.statusCode() == 503 && System.nanoTime() < deadline) {
                Thread.sleep(1_000);
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            }
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("POST " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A top-level string field of a small JSON answer (the benchmark carries no JSON library on purpose). */
    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return matcher.group(1);
    }

    private static String json(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
