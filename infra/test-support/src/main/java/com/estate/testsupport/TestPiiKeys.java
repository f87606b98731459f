package com.estate.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * The personal-data keys every test application gets ({@code app.pii.*}, {@code app.residents.phone-hash-key}): without them a service refuses to start.
 * Fixed and public, for tests only; {@code ./suite} generates real ones per state directory.
 */
public final class TestPiiKeys {

    public static final String KEY_ID = "t1";
    public static final String KEY = base64("test-pii-encryption-key-32-bytes");
    public static final String LOOKUP_KEY = base64("test-pii-lookup-hash-key-32bytes");
    /**
     * The key of resident events' {@code phoneHash} ({@code app.residents.phone-hash-key}), shared by resident-service
     * and the gateway: a test computes the hash of a phone with it to match what they publish and look up.
     */
    public static final String PHONE_HASH_KEY = "test-phone-hash-key-not-a-secret";

    private TestPiiKeys() {
    }

    /** The properties, e.g. to pass as {@code --name=value} arguments to an application a test starts itself. */
    public static Map<String, String> properties() {
        return Map.of("app.pii.keys." + KEY_ID, KEY, "app.pii.current-key", KEY_ID, "app.pii.lookup-key",
                LOOKUP_KEY, "app.residents.phone-hash-key", PHONE_HASH_KEY);
    }

    private static String base64(String key) {
        byte[] bytes = key.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length != 32) {
            throw new IllegalStateException("a test key must have 32 bytes");
        }
        return Base64.getEncoder().encodeToString(bytes);
    }
}
