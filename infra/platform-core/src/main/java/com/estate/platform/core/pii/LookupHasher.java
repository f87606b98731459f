package com.estate.platform.core.pii;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed hash (HMAC-SHA256, {@code app.pii.lookup-key}) of a normalised value, stored next to its encrypted form
 * so a record can be found by exact value (a unique index on the hash) without the value in clear. Normalised
 * first, so {@code 44030819900101123x} finds {@code 44030819900101123X} and {@code +86 138-1234-5678} finds
 * {@code 13812345678}; the kind of value is hashed too, so a phone never matches a document number. Without the key
 * the hash cannot be recomputed from a guessed number, unlike a plain hash of an 11-digit phone. Thread-safe.
 */
public final class LookupHasher {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public LookupHasher(PiiProperties properties) {
        this.key = new SecretKeySpec(PiiKeys.decode("app.pii.lookup-key", properties.lookupKey(), 32, 1024),
                ALGORITHM);
    }

    public String idNumber(String idNumber) {
        return document(IdentityDocumentType.MAINLAND_ID, idNumber);
    }

    public String document(IdentityDocumentType type, String number) {
        return hash(type.name() + ":" + type.normalize(number));
    }

    public String document(IdentityDocument document) {
        return document(document.type(), document.number());
    }

    public String phone(String phone) {
        return hash("PHONE:" + MainlandMobiles.normalize(phone));
    }

    private String hash(String input) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }
}
