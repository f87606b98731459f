package com.estate.testsupport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * File uploads ({@code multipart/form-data}, streamed from an {@link InputStream}, so a test can send a file far
 * larger than it would want in memory) and downloads (hashed as they arrive, never held whole) over real HTTP.
 */
public final class TestUploads {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;

    public TestUploads(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    /** A download as it arrived: its headers, and of its body the length and SHA-256 (the text if not 200). */
    public record Download(int status, HttpHeaders headers, long length, String sha256, String errorBody) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public TestHttp.Answer upload(String path, String token, String filename, String declaredType, byte[] content) {
        return upload(path, token, filename, declaredType, () -> new ByteArrayInputStream(content));
    }

    /** POSTs the content as the part {@code file}, with the Content-Type the client claims for it. */
    public TestHttp.Answer upload(String path, String token, String filename, String declaredType,
            Supplier<InputStream> content) {
        String boundary = "estate-" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        Supplier<InputStream> body = () -> new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), content.get(),
                new ByteArrayInputStream(tail.getBytes(StandardCharsets.US_ASCII)))));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofInputStream(body)).build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new TestHttp.Answer(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body(),
                    response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Download download(String path, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            HttpResponse<InputStream> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    return new Download(response.statusCode(), response.headers(), -1, null,
                            new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
                MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                byte[] buffer = new byte[64 * 1024];
                long length = 0;
                for (int n; (n = in.read(buffer)) > 0; length += n) {
                    sha256.update(buffer, 0, n);
                }
                return new Download(200, response.headers(), length, HexFormat.of().formatHex(sha256.digest()), null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
