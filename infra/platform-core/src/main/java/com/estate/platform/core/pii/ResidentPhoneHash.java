package com.estate.platform.core.pii;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code phoneHash} of resident events: HMAC-SHA256 (lower-case hex) of a mainland mobile number in E.164
 * ({@code +8613812345678}) under the key resident-service and the gateway share ({@code app.residents.phone-hash-key},
 * the UTF-8 bytes of the configured text). resident-service publishes it, the gateway looks up the number a resident
 * logs in with by it: both must compute it here, byte for byte alike. Unlike {@link LookupHasher} (a service's own
 * key, hashing kind and value), this one crosses services, so it hashes the bare E.164 number. Thread-safe.
 */
public final class ResidentPhoneHash {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public ResidentPhoneHash(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("the phone-hash key is empty");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The hash of a mainland mobile, however it was written ({@code 138 1234 5678}, {@code +86 138-1234-5678}). */
    public String ofPhone(String phone) {
        return hmac(MainlandMobiles.toE164(phone));
    }

    /** HMAC-SHA256 (hex) of any text under the same key, e.g. to key what belongs to one phone hash. */
    public String hmac(String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM); // not thread-safe: one per call
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    /** Never the key. */
    @Override
    public String toString() {
        return "ResidentPhoneHash[key=***]";
    }
}
