package com.estate.platform.idempotency;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import jakarta.servlet.http.HttpServletRequest;

/** Reads the {@code Idempotency-Key} header: 1 to 64 printable ASCII characters, sent at most once. */
final class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";
    static final int MAX_LENGTH = 64;

    private IdempotencyKeys() {
    }

    /**
     * @return empty when the request has no key (it then runs without one)
     * @throws InvalidIdempotencyKeyException for an empty, too long or non-ASCII key, or two of them
     */
    static Optional<String> of(HttpServletRequest request) {
        List<String> values = Collections.list(request.getHeaders(HEADER));
        if (values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1 || !isValid(values.getFirst())) {
            throw new InvalidIdempotencyKeyException();
        }
        return Optional.of(values.getFirst());
    }

    static boolean isValid(String key) {
        return !key.isEmpty() && key.length() <= MAX_LENGTH && key.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
    }
}
