package com.estate.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

/**
 * Builds one JWT. Defaults give a valid token (iss, aud, sub, jti, iat, exp in 15 minutes, RS256 with the
 * published key and its kid); every part can be changed to forge a token a service must reject.
 */
public final class TokenBuilder {

    /** Past Spring Security's default 60 s clock skew, so "expired" and "not yet valid" really are. */
    private static final Duration BEYOND_SKEW = Duration.ofMinutes(5);

    private final RSAKey publishedKey;
    private RSAKey signingKey;
    private String keyId;
    private JWSAlgorithm algorithm = JWSAlgorithm.RS256;
    private boolean unsigned;
    private String issuer;
    private List<String> audience;
    private String subject = "test-user";
    private String jwtId;
    private Instant issuedAt;
    private Instant expiresAt;
    private Duration lifetime = Duration.ofMinutes(15);
    private Instant notBefore;
    private List<String> roles = List.of();
    private List<String> communities = List.of();
    private String residentId;
    private List<String> unitIds;
    private final Map<String, Object> extraClaims = new LinkedHashMap<>();
    private final Set<String> removedClaims = new HashSet<>();

    TokenBuilder(RSAKey publishedKey, String issuer, String audience) {
        this.publishedKey = publishedKey;
        this.signingKey = publishedKey;
        this.keyId = publishedKey.getKeyID();
        this.issuer = issuer;
        this.audience = List.of(audience);
    }

    public TokenBuilder subject(String subject) {
        this.subject = subject;
        return this;
    }

    public TokenBuilder roles(String... roles) {
        return roles(Arrays.asList(roles));
    }

    public TokenBuilder roles(Collection<String> roles) {
        this.roles = List.copyOf(roles);
        return this;
    }

    public TokenBuilder communities(String... communities) {
        return communities(Arrays.asList(communities));
    }

    public TokenBuilder communities(Collection<String> communities) {
        this.communities = List.copyOf(communities);
        return this;
    }

    public TokenBuilder residentId(String residentId) {
        this.residentId = residentId;
        return this;
    }

    public TokenBuilder unitIds(String... unitIds) {
        this.unitIds = List.of(unitIds);
        return this;
    }

    public TokenBuilder issuer(String issuer) {
        this.issuer = issuer;
        return this;
    }

    /** No argument leaves the {@code aud} claim out. */
    public TokenBuilder audience(String... audience) {
        this.audience = List.of(audience);
        return this;
    }

    public TokenBuilder jwtId(String jwtId) {
        this.jwtId = jwtId;
        return this;
    }

    public TokenBuilder issuedAt(Instant issuedAt) {
        this.issuedAt = issuedAt;
        return this;
    }

    public TokenBuilder expiresAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
        return this;
    }

    /** Lifetime from {@code iat}; negative values give a token that expired before it was issued. */
    public TokenBuilder expiresIn(Duration lifetime) {
        this.lifetime = lifetime;
        this.expiresAt = null;
        return this;
    }

    public TokenBuilder notBefore(Instant notBefore) {
        this.notBefore = notBefore;
        return this;
    }

    /** Issued 20 minutes ago, expired 5 minutes ago (beyond the usual clock skew). */
    public TokenBuilder expired() {
        Instant now = Instant.now();
        return issuedAt(now.minus(BEYOND_SKEW.multipliedBy(4))).expiresAt(now.minus(BEYOND_SKEW));
    }

    /** {@code nbf} 5 minutes in the future (beyond the usual clock skew). */
    public TokenBuilder notYetValid() {
        return notBefore(Instant.now().plus(BEYOND_SKEW));
    }

    /** Any other claim, or a replacement for a standard one (a {@code null} value removes it). */
    public TokenBuilder claim(String name, Object value) {
        if (value == null) {
            return withoutClaim(name);
        }
        removedClaims.remove(name);
        extraClaims.put(name, value);
        return this;
    }

    /** Leaves a claim out, e.g. {@code exp} or {@code roles}. */
    public TokenBuilder withoutClaim(String name) {
        extraClaims.remove(name);
        removedClaims.add(name);
        return this;
    }

    /** The {@code kid} header; {@code null} leaves it out. */
    public TokenBuilder keyId(String keyId) {
        this.keyId = keyId;
        return this;
    }

    /** Signs with another key; the {@code kid} header becomes that key's id. */
    public TokenBuilder signedWith(RSAKey key) {
        this.signingKey = key;
        this.keyId = key.getKeyID();
        return this;
    }

    /**
     * Signs with a key that is not published but keeps the published key's {@code kid}: the forgery a decoder
     * must catch by checking the signature, not just by finding the key.
     */
    public TokenBuilder signedWithForeignKey() {
        this.signingKey = TestTokens.foreignKey();
        this.keyId = publishedKey.getKeyID();
        return this;
    }

    /**
     * RS256/384/512 and PS256/384/512 sign with the RSA key; HS256/384/512 sign with the published RSA public
     * key as the HMAC secret (the classic algorithm-confusion forgery).
     */
    public TokenBuilder algorithm(JWSAlgorithm algorithm) {
        if (!JWSAlgorithm.Family.RSA.contains(algorithm) && !JWSAlgorithm.Family.HMAC_SHA.contains(algorithm)) {
            throw new IllegalArgumentException("unsupported algorithm for test tokens: " + algorithm);
        }
        this.algorithm = algorithm;
        this.unsigned = false;
        return this;
    }

    public TokenBuilder algorithm(String name) {
        return name.equalsIgnoreCase("none") ? unsigned() : algorithm(JWSAlgorithm.parse(name));
    }

    /** {@code alg: none}, no signature at all. */
    public TokenBuilder unsigned() {
        this.unsigned = true;
        return this;
    }

    /** The compact serialisation, ready for {@code Authorization: Bearer ...}. */
    public String build() {
        JWTClaimsSet claims = claims();
        if (unsigned) {
            return new PlainJWT(new PlainHeader.Builder().type(JOSEObjectType.JWT).build(), claims).serialize();
        }
        JWSHeader.Builder header = new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT);
        if (keyId != null) {
            header.keyID(keyId);
        }
        SignedJWT jwt = new SignedJWT(header.build(), claims);
        try {
            jwt.sign(signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign the test token", e);
        }
        return jwt.serialize();
    }

    private JWSSigner signer() throws JOSEException {
        if (JWSAlgorithm.Family.HMAC_SHA.contains(algorithm)) {
            return new MACSigner(publishedKey.toRSAPublicKey().getEncoded());
        }
        return new RSASSASigner(signingKey);
    }

    private JWTClaimsSet claims() {
        Instant iat = issuedAt != null ? issuedAt : Instant.now();
        Instant exp = expiresAt != null ? expiresAt : iat.plus(lifetime);
        JWTClaimsSet.Builder b = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .jwtID(jwtId != null ? jwtId : UUID.randomUUID().toString())
                .issueTime(Date.from(iat))
                .expirationTime(Date.from(exp))
                .claim("roles", new ArrayList<>(roles))
                .claim("communities", new ArrayList<>(communities));
        if (!audience.isEmpty()) {
            b.audience(audience);
        }
        if (notBefore != null) {
            b.notBeforeTime(Date.from(notBefore));
        }
        if (residentId != null) {
            b.claim("residentId", residentId);
        }
        if (unitIds != null) {
            b.claim("unitIds", new ArrayList<>(unitIds));
        }
        extraClaims.forEach(b::claim);
        removedClaims.forEach(name -> b.claim(name, null));
        return b.build();
    }
}
