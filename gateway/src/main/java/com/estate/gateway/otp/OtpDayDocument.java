package com.estate.gateway.otp;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What one phone used up on one calendar day: {@code codes} requested and {@code failures} (wrong log-in tries).
 * Keyed by phone hash and date, so a new day starts from nothing; kept for unknown phones too, so that a capped
 * phone and an unregistered one look alike. Gone after {@code expiresAt}, the end of its day (TTL index).
 */
@Document("otp_days")
record OtpDayDocument(@Id String id, int codes, int failures, Instant expiresAt) {
}
