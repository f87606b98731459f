package com.estate.gateway.residents;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.estate.gateway.security.ConditionalOnBuiltInIssuer;

/**
 * HMAC-SHA256 (lower-case hex) under the shared phone-hash key, of an E.164 number ({@code +8613812345678}):
 * exactly what resident-service puts in {@code phoneHash}. Also keys the stored hashes of one-time codes.
 */
@Component
@ConditionalOnBuiltInIssuer
public class PhoneHasher {

    private static final Logger log = LoggerFactory.getLogger(PhoneHasher.class);
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    PhoneHasher(ResidentProperties properties) {
        this.key = properties.hasPhoneHashKey()
                ? new SecretKeySpec(properties.phoneHashKey().getBytes(StandardCharsets.UTF_8), ALGORITHM)
                : null;
        if (key == null) {
            log.warn("app.residents.phone-hash-key (APP_RESIDENTS_PHONE_HASH_KEY) is not set: resident OTP login "
                    + "is off until it is");
        }
    }

    public boolean available() {
        return key != null;
    }

    public String hash(String value) {
        if (key == null) {
            throw new IllegalStateException("app.residents.phone-hash-key is not set");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM); // not thread-safe: one per call
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
