package com.estate.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * A JWKS endpoint over real HTTP whose keys a test changes while a service runs, as the gateway's does when a key
 * is rotated in or revoked: {@code publish(...)} replaces the set from the next request on. Public halves only.
 *
 * <pre>
 * TestJwks jwks = TestJwks.serving(leaked, current);  // app.security.jwk-set-uri = jwks.uri()
 * jwks.publish(current);                              // the leaked key is withdrawn
 * </pre>
 */
public final class TestJwks implements AutoCloseable {

    private final AtomicReference<byte[]> body = new AtomicReference<>();
    private final JwksServer server;

    private TestJwks(List<RSAKey> keys) {
        publish(keys.toArray(RSAKey[]::new));
        this.server = JwksServer.start(body::get);
    }

    public static TestJwks serving(RSAKey... keys) {
        return new TestJwks(List.of(keys));
    }

    /** From now on the endpoint serves exactly these keys. */
    public void publish(RSAKey... keys) {
        List<JWK> publicKeys = List.of(keys).stream().<JWK>map(RSAKey::toPublicJWK).toList();
        body.set(new JWKSet(publicKeys).toString(true).getBytes(StandardCharsets.UTF_8));
    }

    public String uri() {
        return server.uri();
    }

    @Override
    public void close() {
        server.stop();
    }
}
