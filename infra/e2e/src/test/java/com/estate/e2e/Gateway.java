package com.estate.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the suite the way a client does, over HTTP: to the gateway, or to one service directly for the checks a
 * service must make itself.
 */
final class Gateway {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final JsonMapper JSON = JsonMapper.shared();

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Gateway(URI base) {
        this.base = base;
    }

    /** Logs in as a staff user and returns the access token. */
    String login(String username, String password) {
        Reply reply = postJson("/auth/login", JSON.writeValueAsString(new Login(username, password)), null);
        if (reply.status() != 200 || !reply.json().path("accessToken").isString()) {
            throw new AssertionError("login as " + username + " failed: " + reply);
        }
        return reply.json().path("accessToken").asString();
    }

    /** @param headers further headers, as name, value, name, value, ... (e.g. {@code If-Match}) */
    Reply postJson(String path, String body, String token, String... headers) {
        return sendJson("POST", path, body, token, headers);
    }

    /** A JSON body by any method (PUT, PATCH, ...); {@code headers} as for {@link #postJson}. */
    Reply sendJson(String method, String path, String body, String token, String... headers) {
        HttpRequest.Builder request = request(path, token).header("Content-Type", "application/json");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.method(method, BodyPublishers.ofString(body)).build(), method + " " + path);
    }

    /** @param headers further headers, as name, value, name, value, ... (e.g. {@code If-Match}) */
    Reply putJson(String path, String body, String token, String... headers) {
        HttpRequest.Builder request = request(path, token).header("Content-Type", "application/json");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.PUT(BodyPublishers.ofString(body)).build(), "PUT " + path);
    }

    /** A body that is not JSON, e.g. a CSV file ({@code text/csv}). */
    Reply post(String path, String contentType, String body, String token) {
        return send(request(path, token).header("Content-Type", contentType).POST(BodyPublishers.ofString(body)).build(),
                "POST " + path);
    }

    /** One file as a multipart form's {@code file} part (an attachment upload); the answer names the stored file. */
    Reply upload(String path, String token, String filename, String contentType, byte[] content) {
        String boundary = "e2e-" + java.util.UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(request(path, token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(BodyPublishers.ofByteArray(body)).build(), "POST " + path);
    }

    /**
     * A new staff account with one role in the community, created by the platform administrator, logged in: its
     * access token.
     */
    String newStaff(String adminToken, String role, String communityId) {
        String username = "e2e-" + role.toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-"
                + java.util.UUID.randomUUID().toString().substring(0, 8);
        String password = "Staff#" + java.util.UUID.randomUUID().toString().substring(0, 12);
        Reply created = postJson("/auth/admin/users", """
                {"username":"%s","password":"%s","roles":["%s"],"communities":["%s"]}"""
                .formatted(username, password, role, communityId), adminToken);
        if (created.status() != 201) {
            throw new AssertionError("no staff account was created: " + created);
        }
        return login(username, password);
    }

    Reply get(String path, String token) {
        return send(request(path, token).GET().build(), "GET " + path);
    }

    /** A file the gateway serves (a receipt, a letter), asked for as {@code mediaType}. */
    HttpResponse<byte[]> download(String path, String token, String mediaType) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).header("Accept", mediaType)
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            return http.send(request, BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " could not reach " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("GET " + path + " was interrupted", e);
        }
    }

    Reply delete(String path, String token) {
        return send(request(path, token).DELETE().build(), "DELETE " + path);
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                .timeout(TIMEOUT)
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Reply send(HttpRequest request, String description) {
        try {
            var response = http.send(request, BodyHandlers.ofString());
            var headers = response.headers();
            return new Reply(description, response.statusCode(),
                    headers.firstValue("Content-Type").orElse(""),
                    headers.firstValue("WWW-Authenticate").orElse(""),
                    headers.firstValue("ETag").orElse(""),
                    headers.firstValue("Retry-After").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new AssertionError(description + " could not reach " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(description + " was interrupted", e);
        }
    }

    private record Login(String username, String password) {
    }
}
