package com.estate.gateway.auth;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One budget of password tries of an existing account (unknown usernames get no document, so guessing names cannot
 * grow the collection). {@code failures} counts the tries taken within the window that began at
 * {@code windowStart} and not given back by a correct password; {@code lockedUntil} is set when the last try of
 * the budget failed. {@code expiresAt} is when the document says nothing any more (removed by a TTL index).
 */
@Document("login_attempts")
record LoginAttemptsDocument(
        @Id String id,
        String accountId,
        int failures,
        Instant windowStart,
        Instant lockedUntil,
        Instant expiresAt) {
}
