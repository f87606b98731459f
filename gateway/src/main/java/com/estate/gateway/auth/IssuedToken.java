package com.estate.gateway.auth;

import java.time.Duration;
import java.time.Instant;

/** A signed access token and when it stops being valid. */
public record IssuedToken(String value, String id, Instant expiresAt, Duration expiresIn) {

    @Override
    public String toString() {
        return "IssuedToken[id=" + id + ", expiresAt=" + expiresAt + "]"; // the token itself is a credential
    }
}
