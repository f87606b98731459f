package com.estate.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * Signed access tokens for tests, as the gateway issues them: RS256 JWTs with the suite's claims, verifiable
 * against a JWK set served over real HTTP at {@link #jwkSetUri()}. One key pair per JVM.
 *
 * <pre>
 * String token = TestTokens.get().staff("CS_AGENT", "community-1");
 * mvc.perform(get("/api/complaints").header("Authorization", TestTokens.bearer(token)));
 * String forged = TestTokens.get().token().roles("DIRECTOR").signedWithForeignKey().build();
 * </pre>
 */
public final class TestTokens {

    public static final String ISSUER = "estate-gateway";
    public static final String AUDIENCE = "estate-api";

    private static final Object LOCK = new Object();
    private static TestTokens instance;
    private static RSAKey foreignKey;

    private final RSAKey key;
    private final JwksServer jwks;

    private TestTokens(RSAKey key, JwksServer jwks) {
        this.key = key;
        this.jwks = jwks;
    }

    public static TestTokens get() {
        synchronized (LOCK) {
            if (instance == null) {
                RSAKey key = newRsaKey("estate-test-" + UUID.randomUUID().toString().substring(0, 8));
                JwksServer server = JwksServer.start(new JWKSet(key.toPublicJWK()).toString(true));
                Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "estate-test-jwks-stop"));
                instance = new TestTokens(key, server);
            }
            return instance;
        }
    }

    /** A fresh RSA 2048 signing key with the given key id, e.g. for a token the services must reject. */
    public static RSAKey newRsaKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    /** The decoded payload (claims) of a compact JWT, as JSON text. */
    public static String payloadJson(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    /**
     * The same token with its payload swapped for {@code payloadJson}, keeping the original header and signature:
     * the tampered-payload forgery.
     */
    public static String withPayload(String token, String payloadJson) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** {@code "Bearer " + token}, the value of an Authorization header. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }

    public String jwkSetUri() {
        return jwks.uri();
    }

    public String issuer() {
        return ISSUER;
    }

    public String audience() {
        return AUDIENCE;
    }

    public String keyId() {
        return key.getKeyID();
    }

    /** The key pair tokens are signed with (its public half is the only key in the JWK set). */
    public RSAKey signingKey() {
        return key;
    }

    /** A valid token for a staff member with one role, limited to the given communities. */
    public String staff(String role, String... communities) {
        return token().subject("staff-" + role.toLowerCase(Locale.ROOT).replace('_', '-'))
                .roles(role).communities(communities).build();
    }

    /** A valid token for a resident of one community who lives in the given units. */
    public String resident(String residentId, String communityId, String... unitIds) {
        return token().subject(residentId).roles("RESIDENT").communities(communityId).residentId(residentId)
                .unitIds(unitIds).build();
    }

    /** A builder for any other token, valid or not; starts as a valid token with no roles and no communities. */
    public TokenBuilder token() {
        return new TokenBuilder(key, ISSUER, AUDIENCE);
    }

    /** A second key pair per JVM, never published: signatures made with it must not verify. */
    static RSAKey foreignKey() {
        synchronized (LOCK) {
            if (foreignKey == null) {
                foreignKey = newRsaKey("estate-test-foreign");
            }
            return foreignKey;
        }
    }
}
