package com.estate.gateway.auth;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A refresh-token family (login session) that was ended, by logout or because a token of it was replayed. Kept
 * until {@code expiresAt} (one refresh-token lifetime later), when every token of the family has expired anyway.
 */
@Document("revoked_refresh_families")
record RevokedFamily(@Id String familyId, Instant revokedAt, Instant expiresAt) {
}
