package com.estate.gateway.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

import com.estate.contracts.identity.Role;
import com.estate.gateway.accounts.StaffAccount;
import com.estate.gateway.keys.KeyRing;
import com.estate.gateway.residents.ResidentAccount;
import com.estate.gateway.security.ConditionalOnBuiltInIssuer;
import com.estate.gateway.security.GatewaySecurityProperties;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

/**
 * Signs access tokens: RS256 with the key ring's current signing key, named in the header by {@code kid} so
 * validators can pick the right public key after a rotation. Staff and resident tokens share the claims core;
 * resident tokens add residentId and unitIds.
 */
@Component
@ConditionalOnBuiltInIssuer
public class TokenIssuer {

    static final String ROLES = "roles";
    static final String COMMUNITIES = "communities";
    public static final String RESIDENT_ID = "residentId";
    public static final String UNIT_IDS = "unitIds";

    private final KeyRing keyRing;
    private final GatewaySecurityProperties properties;
    private final Clock clock;
    /** The encoder of the key that signed last, reused while that key signs (Nimbus keeps its signer). */
    private volatile KeyEncoder encoder;

    public TokenIssuer(KeyRing keyRing, GatewaySecurityProperties properties, Clock clock) {
        this.keyRing = keyRing;
        this.properties = properties;
        this.clock = clock;
    }

    public IssuedToken issue(StaffAccount account) {
        return sign(account.id(), account.roles().stream().map(Enum::name).sorted().toList(), account.communities(),
                Map.of());
    }

    /** A resident's token: role RESIDENT in the resident's community, with residentId and unitIds. */
    public IssuedToken issue(ResidentAccount resident) {
        return sign(resident.residentId(), List.of(Role.RESIDENT.name()), List.of(resident.communityId()),
                Map.of(RESIDENT_ID, resident.residentId(), UNIT_IDS, resident.unitIds()));
    }

    private IssuedToken sign(String subject, List<String> roles, List<String> communities, Map<String, Object> extra) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.accessTokenTtl());
        String id = UUID.randomUUID().toString();
        JwtClaimsSet.Builder builder = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .audience(List.of(properties.audience()))
                .subject(subject)
                .id(id)
                .issuedAt(now)
                .expiresAt(expiresAt)
                .claim(ROLES, roles)
                .claim(COMMUNITIES, communities);
        extra.forEach(builder::claim);
        // The key is read once per token: the header's kid and the signature must come from the same key even if
        // the ring changes meanwhile (a rotation or a revocation).
        RSAKey key = keyRing.signingKey();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).type("JWT").build();
        String value = encoderFor(key).encode(JwtEncoderParameters.from(header, builder.build())).getTokenValue();
        return new IssuedToken(value, id, key.getKeyID(), expiresAt, properties.accessTokenTtl());
    }

    private JwtEncoder encoderFor(RSAKey key) {
        KeyEncoder current = encoder;
        if (current == null || !current.key().equals(key)) {
            current = new KeyEncoder(key, new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key))));
            encoder = current;
        }
        return current.encoder();
    }

    private record KeyEncoder(RSAKey key, JwtEncoder encoder) {
    }
}
