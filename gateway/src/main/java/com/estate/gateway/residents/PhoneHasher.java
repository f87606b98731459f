package com.estate.gateway.residents;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.estate.gateway.security.ConditionalOnBuiltInIssuer;
import com.estate.platform.core.pii.ResidentPhoneHash;

/**
 * HMAC-SHA256 (lower-case hex) under the shared phone-hash key, of an E.164 number ({@code +8613812345678}):
 * exactly what resident-service puts in {@code phoneHash}, since both compute it with {@link ResidentPhoneHash}.
 * Also keys the stored hashes of one-time codes.
 */
@Component
@ConditionalOnBuiltInIssuer
public class PhoneHasher {

    private static final Logger log = LoggerFactory.getLogger(PhoneHasher.class);

    private final ResidentPhoneHash hash;

    PhoneHasher(ResidentProperties properties) {
        this.hash = properties.hasPhoneHashKey() ? new ResidentPhoneHash(properties.phoneHashKey()) : null;
        if (hash == null) {
            log.warn("app.residents.phone-hash-key (APP_RESIDENTS_PHONE_HASH_KEY) is not set: resident OTP login "
                    + "is off until it is");
        }
    }

    public boolean available() {
        return hash != null;
    }

    public String hash(String value) {
        if (hash == null) {
            throw new IllegalStateException("app.residents.phone-hash-key is not set");
        }
        return hash.hmac(value);
    }
}
