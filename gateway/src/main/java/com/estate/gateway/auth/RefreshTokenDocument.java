package com.estate.gateway.auth;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One refresh token, stored by the SHA-256 of its value (the value itself is never stored), so lookups go by
 * {@code _id}. Every token issued by rotating another shares its {@code familyId}: the family is one login
 * session, and presenting a token that was already rotated revokes the whole family. {@code accountType} says
 * which kind of account {@code accountId} names: {@link #RESIDENT}, or staff when absent (tokens stored before
 * residents had sessions). {@code signingKid} names the key that signed the access token handed out with this
 * refresh token: when that key is revoked, the session ends (absent on tokens stored before it was recorded).
 */
@Document("refresh_tokens")
record RefreshTokenDocument(
        @Id String hash,
        String accountId,
        String familyId,
        String status,
        Instant issuedAt,
        Instant expiresAt,
        Instant endedAt,
        String accountType,
        String signingKid) {

    static final String ACTIVE = "ACTIVE";
    /** Exchanged for a new pair; seeing it again means someone kept a copy. */
    static final String ROTATED = "ROTATED";
    static final String REVOKED = "REVOKED";

    static final String RESIDENT = "RESIDENT";

    static final String SIGNING_KID = "signingKid";

    boolean resident() {
        return RESIDENT.equals(accountType);
    }
}
