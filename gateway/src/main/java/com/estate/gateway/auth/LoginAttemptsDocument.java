package com.estate.gateway.auth;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Recent wrong passwords of one existing account, keyed by the account id (unknown usernames get no document,
 * so guessing names cannot grow the collection). {@code failures} counts within the window that began at
 * {@code windowStart}; {@code lockedUntil} is set when the count reaches the limit.
 */
@Document("login_attempts")
record LoginAttemptsDocument(@Id String accountId, int failures, Instant windowStart, Instant lockedUntil) {
}
