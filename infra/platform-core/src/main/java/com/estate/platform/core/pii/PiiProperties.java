package com.estate.platform.core.pii;

import com.estate.contracts.identity.Role;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys and rules for personal data ({@code app.pii.*}, infra/ARCHITECTURE.md §9).
 *
 * @param keys          key id to a base64-encoded 256-bit AES key; every key listed can be read, so a rotated-out
 *                      key stays here until no stored value uses it (ids: letters, digits, {@code _} and {@code -}; from
 *                      the environment, {@code APP_PII_KEYS_K2} is id {@code k2})
 * @param currentKey    the key id new values are encrypted with; may be left out when there is only one key
 * @param lookupKey     base64-encoded HMAC-SHA256 key (at least 256 bits) for lookup hashes; it never rotates
 *                      without re-hashing every stored value, so it is separate from the encryption keys
 * @param unmaskedRoles roles that see ID numbers and phones in full in responses; everyone else sees them masked
 */
@ConfigurationProperties("app.pii")
public record PiiProperties(Map<String, String> keys, String currentKey, String lookupKey, Set<Role> unmaskedRoles) {

    public PiiProperties {
        keys = keys == null ? Map.of() : Map.copyOf(keys);
        unmaskedRoles = unmaskedRoles == null ? Set.of() : Set.copyOf(unmaskedRoles);
    }
}
