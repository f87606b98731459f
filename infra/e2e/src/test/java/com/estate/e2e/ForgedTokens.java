package com.estate.e2e;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Tokens an attacker could make from a real one: never accepted anywhere in the suite. */
final class ForgedTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final JsonMapper JSON = JsonMapper.shared();

    private ForgedTokens() {
    }

    /**
     * The same header (including its {@code kid}) and claims, correctly RS256-signed, but with a key the gateway
     * never issued: only signature verification against the JWKS can tell.
     */
    static String signedWithForeignKey(String realToken) {
        String[] parts = parts(realToken);
        String signingInput = parts[0] + "." + parts[1];
        return signingInput + "." + sign(signingInput, foreignKey());
    }

    /** Real header and signature, claims changed (another subject, more roles): the signature no longer fits. */
    static String withTamperedClaims(String realToken) {
        String[] parts = parts(realToken);
        ObjectNode claims = (ObjectNode) JSON.readTree(DECODER.decode(parts[1]));
        claims.put("sub", "intruder");
        claims.putArray("roles").add("PLATFORM_ADMIN").add("FINANCE").add("DIRECTOR");
        String payload = ENCODER.encodeToString(JSON.writeValueAsBytes(claims));
        return parts[0] + "." + payload + "." + parts[2];
    }

    private static String[] parts(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a signed JWT: " + parts.length + " parts");
        }
        return parts;
    }

    private static PrivateKey foreignKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(String signingInput, PrivateKey key) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return ENCODER.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
