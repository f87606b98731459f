package com.estate.platform.core.pii;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts single fields (ID numbers, phones) for storage: AES-256-GCM with a random 96-bit IV per value, written
 * as {@code v1:<key id>:<base64(iv | ciphertext | 128-bit tag)>}. The version and key id are authenticated too
 * (associated data), so a value cannot be passed off under another key. New values use the current key; values
 * under any configured key are read, which is how keys rotate (infra/ARCHITECTURE.md §9). Thread-safe.
 */
public final class FieldEncryptor {

    static final String VERSION = "v1";
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKey> keys;
    private final String currentKeyId;
    private final SecureRandom random = new SecureRandom();

    public FieldEncryptor(PiiProperties properties) {
        if (properties.keys().isEmpty()) {
            throw new MissingPiiKeyException("app.pii.keys", "no encryption key is configured");
        }
        Map<String, SecretKey> decoded = new LinkedHashMap<>();
        properties.keys().forEach((id, key) -> {
            if (!KEY_ID.matcher(id).matches()) {
                throw new MissingPiiKeyException("app.pii.keys." + id,
                        "a key id is 1 to 32 letters, digits, '_' or '-'");
            }
            decoded.put(id, new SecretKeySpec(PiiKeys.decode("app.pii.keys." + id, key, 32, 32), "AES"));
        });
        this.keys = Map.copyOf(decoded);
        this.currentKeyId = currentKeyId(properties.currentKey(), decoded);
    }

    private static String currentKeyId(String configured, Map<String, SecretKey> keys) {
        if (configured == null || configured.isBlank()) {
            if (keys.size() == 1) {
                return keys.keySet().iterator().next();
            }
            throw new MissingPiiKeyException("app.pii.current-key",
                    "several keys are configured " + keys.keySet() + ": say which one encrypts new values");
        }
        if (!keys.containsKey(configured)) {
            throw new MissingPiiKeyException("app.pii.current-key",
                    "'" + configured + "' is not among the configured keys " + keys.keySet());
        }
        return configured;
    }

    /** The key id new values are encrypted with. */
    public String currentKeyId() {
        return currentKeyId;
    }

    public String encrypt(String plaintext) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        String header = VERSION + ":" + currentKeyId;
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), iv, header);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
            return header + ":" + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /** @throws UnreadableCiphertextException when the value was altered or its key is not configured */
    public String decrypt(String stored) {
        String[] parts = stored.split(":", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new UnreadableCiphertextException("not a " + VERSION + " encrypted value");
        }
        SecretKey key = keys.get(parts[1]);
        if (key == null) {
            throw new UnreadableCiphertextException("the value is encrypted under key id '" + parts[1]
                    + "', which is not configured (app.pii.keys." + parts[1] + "); configured: " + keys.keySet());
        }
        byte[] data;
        try {
            data = Base64.getDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new UnreadableCiphertextException("the encrypted value under key id '" + parts[1]
                    + "' is not valid base64");
        }
        if (data.length < IV_BYTES + TAG_BITS / 8) {
            throw new UnreadableCiphertextException("the encrypted value under key id '" + parts[1]
                    + "' is truncated");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, java.util.Arrays.copyOf(data, IV_BYTES),
                    parts[0] + ":" + parts[1]);
            return new String(cipher.doFinal(data, IV_BYTES, data.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new UnreadableCiphertextException("the encrypted value under key id '" + parts[1]
                    + "' was altered or belongs to another key", e);
        } catch (GeneralSecurityException e) {
            throw new UnreadableCiphertextException("the encrypted value under key id '" + parts[1]
                    + "' cannot be decrypted", e);
        }
    }

    /** The key id a stored value is encrypted under, e.g. to find values still under a rotated-out key. */
    public static String keyIdOf(String stored) {
        String[] parts = stored.split(":", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new UnreadableCiphertextException("not a " + VERSION + " encrypted value");
        }
        return parts[1];
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] iv, String header)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(header.getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }
}
