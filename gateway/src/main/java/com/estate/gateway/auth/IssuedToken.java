package com.estate.gateway.auth;

import java.time.Duration;
import java.time.Instant;

/** A signed access token, the {@code kid} of the key that signed it, and when it stops being valid. */
public record IssuedToken(String value, String id, String kid, Instant expiresAt, Duration expiresIn) {

    @Override
    public String toString() {
        return "IssuedToken[id=" + id + ", kid=" + kid + ", expiresAt=" + expiresAt + "]"; // the token itself is a credential
    }
}
