package com.estate.gateway.sms;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Alibaba Cloud's RPC request signature ("signature method V2": {@code SignatureMethod=HMAC-SHA1},
 * {@code SignatureVersion=1.0}), as documented for Dysmsapi:
 * <ol>
 * <li>canonicalized query: every parameter except {@code Signature}, sorted by name, name and value
 * percent-encoded (RFC 3986: only {@code A-Z a-z 0-9 - _ . ~} stay as they are, UTF-8 bytes as {@code %XY}, a space
 * is {@code %20}), joined as {@code name=value} with {@code &};</li>
 * <li>string to sign: {@code HTTPMethod + "&" + percentEncode("/") + "&" + percentEncode(canonicalized query)};</li>
 * <li>signature: Base64(HMAC-SHA1(key = AccessKeySecret + "&", UTF-8 bytes of the string to sign)).</li>
 * </ol>
 * Stateless; the secret is only ever passed in, never kept.
 */
final class AliyunRpcSignature {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private AliyunRpcSignature() {
    }

    /** The Base64 signature of a request with these parameters ({@code Signature} itself must not be among them). */
    static String sign(String httpMethod, Map<String, String> parameters, String accessKeySecret) {
        if (parameters.containsKey("Signature")) {
            throw new IllegalArgumentException("the Signature parameter is the result, not an input");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((accessKeySecret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] digest = mac.doFinal(stringToSign(httpMethod, parameters).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // every JDK ships HmacSHA1 and accepts any non-empty key; reaching this is a broken runtime
            throw new IllegalStateException("HMAC-SHA1 is not available", e);
        }
    }

    static String stringToSign(String httpMethod, Map<String, String> parameters) {
        return httpMethod + "&" + percentEncode("/") + "&" + percentEncode(canonicalizedQuery(parameters));
    }

    /** Sorted by parameter name (Java's String order is the byte order the service uses for these ASCII names). */
    static String canonicalizedQuery(Map<String, String> parameters) {
        SortedMap<String, String> sorted = new TreeMap<>(parameters);
        return sorted.entrySet().stream()
                .map(parameter -> percentEncode(parameter.getKey()) + "=" + percentEncode(parameter.getValue()))
                .collect(Collectors.joining("&"));
    }

    /**
     * RFC 3986 percent-encoding of the UTF-8 bytes. Written out rather than {@code URLEncoder} plus replacements,
     * because {@code URLEncoder} is form encoding ({@code +} for a space, {@code *} left alone).
     */
    static String percentEncode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder encoded = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
            }
        }
        return encoded.toString();
    }
}
