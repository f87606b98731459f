package com.estate.gateway.keys;

import reactor.core.publisher.Mono;

/**
 * Told when a signing key was revoked, to undo what was issued under it (refresh tokens, for one). Called again
 * when a revocation is repeated, so it must be idempotent; the key no longer signs or verifies at this gateway by
 * then.
 */
public interface KeyRevocationListener {

    Mono<Void> signingKeyRevoked(String kid);
}
