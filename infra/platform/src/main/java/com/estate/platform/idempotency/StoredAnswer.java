package com.estate.platform.idempotency;

import java.util.Map;

/**
 * The first answer to a command, as replayed to a repeat: its status, the headers a client acts on
 * ({@link #KEPT_HEADERS}) and the exact body bytes.
 */
public record StoredAnswer(int status, Map<String, String> headers, byte[] body) {

    /** What a client reads from a command's answer besides the body: where the record is and its version. */
    static final String[] KEPT_HEADERS = {"Location", "ETag", "Content-Type", "Content-Language"};

    public StoredAnswer {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
