package com.estate.gateway.support;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Hand-made tokens, good and bad, signed with Nimbus directly so the gateway's decoder is really exercised. */
public final class HandMadeTokens {

    private final String issuer;
    private final String audience;

    public HandMadeTokens(String issuer, String audience) {
        this.issuer = issuer;
        this.audience = audience;
    }

    /** Claims the gateway would accept: right issuer and audience, valid for five minutes from now. */
    public JWTClaimsSet.Builder validClaims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject("test-user")
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("roles", List.of("CS_AGENT"))
                .claim("communities", List.of("c-1"));
    }

    public String sign(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> claims) {
        return sign(key, key.getKeyID(), claims);
    }

    public String sign(RSAKey key, String kid, UnaryOperator<JWTClaimsSet.Builder> claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).type(JOSEObjectType.JWT).build(),
                    claims.apply(validClaims()).build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An unsigned token ({@code alg: none}) with otherwise valid claims. */
    public String unsigned(String kid) {
        String header = "{\"alg\":\"none\",\"kid\":\"" + kid + "\",\"typ\":\"JWT\"}";
        return base64(header) + "." + base64(validClaims().build().toString()) + ".";
    }

    /**
     * The classic algorithm-confusion forgery: HS256 "signed" with the RSA public key's bytes as the HMAC
     * secret. A decoder that lets the token choose its algorithm would accept it.
     */
    public String hmacWithPublicKey(RSAKey publicKey) {
        try {
            byte[] secret = publicKey.toRSAPublicKey().getEncoded();
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(publicKey.getKeyID()).type(JOSEObjectType.JWT)
                            .build(),
                    validClaims().build());
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
