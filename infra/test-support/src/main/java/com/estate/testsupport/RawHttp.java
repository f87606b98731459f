package com.estate.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One HTTP/1.1 request written byte for byte on a plain socket. HTTP clients normalise or refuse paths such as
 * {@code /api/a%2Fb}, {@code /api/../x} or {@code /api/%zz} before sending them; an attacker's client does not, so
 * tests of how a server refuses them must send the request line verbatim.
 */
public final class RawHttp {

    /** The paths every server of the suite must refuse with a problem document, never an HTML page. */
    public static final Map<String, String> REFUSED_PATHS = refusedPaths();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RawHttp() {
    }

    private static Map<String, String> refusedPaths() {
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("an encoded slash", "/api/a%2Fb");
        paths.put("an encoded NUL", "/api/a%00b");
        paths.put("a dot-dot segment", "/api/../actuator/health");
        paths.put("an encoded dot-dot segment", "/api/%2e%2e/actuator/health");
        paths.put("a matrix parameter", "/api/a;jsessionid=1");
        paths.put("invalid percent-encoding", "/api/a%zzb");
        paths.put("an encoded backslash", "/api/a%5Cb");
        return Collections.unmodifiableMap(paths);
    }

    /** GET {@code rawPath} on 127.0.0.1:{@code port}, with {@code Connection: close}; extra headers as name, value. */
    public static Answer get(int port, String rawPath, String... headers) {
        StringBuilder request = new StringBuilder("GET ").append(rawPath).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\n")
                .append("Accept: application/json\r\n")
                .append("Connection: close\r\n");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toByteArray();
    }

    private static Answer parse(byte[] raw) {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        String head = new String(raw, 0, end < 0 ? raw.length : end, StandardCharsets.ISO_8859_1);
        byte[] body = end < 0 ? new byte[0] : Arrays.copyOfRange(raw, end + 4, raw.length);
        String[] lines = head.split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        if (statusLine.length < 2) {
            throw new IllegalStateException("not an HTTP response: " + head);
        }
        Map<String, String> headerMap = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headerMap.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        if ("chunked".equalsIgnoreCase(headerMap.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Answer(Integer.parseInt(statusLine[1]), headerMap, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] lineBreak = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, lineBreak, at);
            if (lineEnd < 0) {
                break;
            }
            String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1);
            int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            int start = lineEnd + 2;
            int stop = Math.min(chunked.length, start + size);
            body.write(chunked, start, stop - start);
            at = stop + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** @param headers by lower-case name */
    public record Answer(int status, Map<String, String> headers, String body) {

        public String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
