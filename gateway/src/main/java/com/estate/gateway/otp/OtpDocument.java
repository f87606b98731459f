package com.estate.gateway.otp;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The latest code request of one phone, keyed by the phone hash. Written for unknown phones too (with no code)
 * so the resend throttle treats every number alike and reveals nothing. Only a keyed hash of the code is kept.
 */
@Document("otp_codes")
record OtpDocument(
        @Id String phoneHash,
        String residentId,
        String codeHash,
        Instant requestedAt,
        Instant expiresAt,
        int attempts) {
}
