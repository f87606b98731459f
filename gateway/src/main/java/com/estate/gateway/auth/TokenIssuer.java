package com.estate.gateway.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

import com.estate.gateway.accounts.StaffAccount;
import com.estate.gateway.keys.KeyRing;
import com.estate.gateway.security.GatewaySecurityProperties;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * Signs access tokens: RS256 with the key ring's current signing key, named in the header by {@code kid} so
 * validators can pick the right public key after a rotation. Resident tokens (residentId, unitIds) will be a
 * second {@code issue} variant over the same claims core.
 */
@Component
public class TokenIssuer {

    static final String ROLES = "roles";
    static final String COMMUNITIES = "communities";

    private final KeyRing keyRing;
    private final GatewaySecurityProperties properties;
    private final Clock clock;
    private final JwtEncoder encoder;

    public TokenIssuer(KeyRing keyRing, GatewaySecurityProperties properties, Clock clock) {
        this.keyRing = keyRing;
        this.properties = properties;
        this.clock = clock;
        // Looked up per token, so a key ring that rotates is picked up without rebuilding the encoder.
        this.encoder = new NimbusJwtEncoder((selector, context) -> selector.select(new JWKSet(keyRing.signingKey())));
    }

    public IssuedToken issue(StaffAccount account) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.accessTokenTtl());
        String id = UUID.randomUUID().toString();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .audience(List.of(properties.audience()))
                .subject(account.id())
                .id(id)
                .issuedAt(now)
                .expiresAt(expiresAt)
                .claim(ROLES, account.roles().stream().map(Enum::name).sorted().toList())
                .claim(COMMUNITIES, account.communities())
                .build();
        RSAKey key = keyRing.signingKey();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).type("JWT").build();
        String value = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new IssuedToken(value, id, expiresAt, properties.accessTokenTtl());
    }
}
