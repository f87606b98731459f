package com.estate.gateway.keys;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A signing key as stored in the gateway's database: the private JWK as JSON, keyed by its {@code kid}
 * (the RFC 7638 thumbprint). Stored, not generated per start, so tokens survive a restart and every gateway
 * replica signs with the same key. The private key is only as safe as the {@code gateway} database.
 *
 * @param activatesAt when the key starts signing; until then it is only published, so that every replica and
 *                    every service knows it before the first token signed with it arrives. Keys stored before
 *                    rotation existed have none and count as active from {@code createdAt}.
 * @param revokedAt   when an administrator revoked the key (it may have leaked); from then on it neither signs nor
 *                    verifies, and {@code jwk} holds only its public half: the private half is of no use any more
 *                    and is not kept. Absent for a key in service.
 * @param revokedBy   the account id of the administrator who revoked it
 */
@Document("signing_keys")
public record SigningKeyDocument(@Id String kid, String algorithm, String jwk, Instant createdAt,
        Instant activatesAt, Instant revokedAt, String revokedBy) {

    static final String REVOKED_AT = "revokedAt";

    Instant activation() {
        return activatesAt == null ? createdAt : activatesAt;
    }

    boolean revoked() {
        return revokedAt != null;
    }
}
