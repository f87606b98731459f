package com.estate.gateway.keys;

import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.estate.gateway.security.ConditionalOnBuiltInIssuer;

/** Serves the public signing keys, which the services use to validate tokens themselves. */
@RestController
@ConditionalOnBuiltInIssuer
class JwksController {

    static final String PATH = "/.well-known/jwks.json";

    private final KeyRing keyRing;

    JwksController(KeyRing keyRing) {
        this.keyRing = keyRing;
    }

    // application/json first: it is what a client that accepts anything gets, and what every JWKS client reads.
    @GetMapping(path = PATH, produces = {MediaType.APPLICATION_JSON_VALUE, "application/jwk-set+json"})
    ResponseEntity<Map<String, Object>> jwks() {
        // Public parts only (toJSONObject's default). No HTTP cache may answer for the gateway: a revoked key must
        // leave the set the services fetch at once, and they cache it themselves (app.security.jwk-set-cache-ttl).
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache())
                .body(keyRing.publicJwkSet().toJSONObject());
    }
}
