package com.estate.platform.core.pii;

/**
 * A stored encrypted value cannot be decrypted: altered, truncated, not in the {@code v1:<kid>:<data>} format, or
 * under a key id that is not configured. The message names the key id, never the value.
 */
public class UnreadableCiphertextException extends IllegalStateException {

    public UnreadableCiphertextException(String message) {
        super(message);
    }

    public UnreadableCiphertextException(String message, Throwable cause) {
        super(message, cause);
    }
}
