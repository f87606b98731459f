package com.estate.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;

/** The tokens are checked the way every service checks them: JWKS over HTTP, then issuer and audience. */
class TestTokensTest {

    static final TestTokens tokens = TestTokens.get();
    static NimbusJwtDecoder decoder;

    @BeforeAll
    static void decoder() {
        decoder = NimbusJwtDecoder.withJwkSetUri(tokens.jwkSetUri()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(tokens.issuer()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(tokens.audience()))));
    }

    @Test
    void servesTheJwkSetOnLoopback() {
        assertThat(tokens.jwkSetUri()).matches("http://127\\.0\\.0\\.1:\\d+/\\.well-known/jwks\\.json");
        assertThat(tokens.issuer()).isEqualTo("estate-gateway");
        assertThat(tokens.audience()).isEqualTo("estate-api");
        assertThat(TestTokens.get()).isSameAs(tokens);
    }

    @Test
    void staffTokenIsAcceptedWithTheSuiteClaims() throws Exception {
        String token = tokens.staff("CS_AGENT", "community-1", "community-2");

        Jwt jwt = decoder.decode(token);

        assertThat(jwt.getClaimAsString("iss")).isEqualTo("estate-gateway");
        assertThat(jwt.getAudience()).containsExactly("estate-api");
        assertThat(jwt.getSubject()).isEqualTo("staff-cs-agent");
        assertThat(jwt.getId()).isNotBlank();
        assertThat(jwt.getIssuedAt()).isNotNull();
        assertThat(jwt.getExpiresAt()).isAfter(Instant.now());
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("CS_AGENT");
        assertThat(jwt.getClaimAsStringList("communities")).containsExactly("community-1", "community-2");
        assertThat(jwt.hasClaim("residentId")).isFalse();
        var header = SignedJWT.parse(token).getHeader();
        assertThat(header.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(header.getKeyID()).isEqualTo(tokens.keyId());
        assertThat(TestTokens.bearer(token)).isEqualTo("Bearer " + token);
    }

    @Test
    void residentTokenCarriesResidentAndUnits() {
        Jwt jwt = decoder.decode(tokens.resident("resident-1", "community-1", "unit-1", "unit-2"));

        assertThat(jwt.getSubject()).isEqualTo("resident-1");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("RESIDENT");
        assertThat(jwt.getClaimAsStringList("communities")).containsExactly("community-1");
        assertThat(jwt.getClaimAsString("residentId")).isEqualTo("resident-1");
        assertThat(jwt.getClaimAsStringList("unitIds")).containsExactly("unit-1", "unit-2");
    }

    @Test
    void builderSetsAnyClaims() {
        Jwt jwt = decoder.decode(tokens.token().subject("u-9").roles("FINANCE", "DIRECTOR").communities("c-1")
                .jwtId("jti-1").claim("name", "Wang").expiresIn(Duration.ofMinutes(1)).build());

        assertThat(jwt.getSubject()).isEqualTo("u-9");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("FINANCE", "DIRECTOR");
        assertThat(jwt.getId()).isEqualTo("jti-1");
        assertThat(jwt.getClaimAsString("name")).isEqualTo("Wang");
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void rejectsATokenSignedWithAnotherKey() {
        assertRejected(tokens.token().roles("ADMIN_SUPERVISOR").signedWithForeignKey().build());
        // a fresh key costs a second or more to generate; the foreign one under another kid shows the same
        assertRejected(tokens.token().signedWith(new RSAKey.Builder(TestTokens.foreignKey()).keyID("someone-else").build()).build());
    }

    @Test
    void rejectsExpiredAndNotYetValidTokens() {
        assertRejected(tokens.token().expired().build());
        assertRejected(tokens.token().notYetValid().build());
    }

    @Test
    void rejectsWrongAudienceAndIssuer() {
        assertRejected(tokens.token().audience("other-api").build());
        assertRejected(tokens.token().audience().build());
        assertRejected(tokens.token().issuer("https://evil.example").build());
    }

    @Test
    void rejectsUnsignedAndAlgorithmConfusionTokens() {
        assertRejected(tokens.token().unsigned().build());
        assertRejected(tokens.token().algorithm("HS256").build());
        assertRejected(tokens.token().keyId(null).algorithm(JWSAlgorithm.HS512).build());
    }

    @Test
    void otherAlgorithmsAndMissingClaimsCanBeForged() {
        // the published key is declared RS256, and services accept nothing else
        assertRejected(tokens.token().algorithm("RS512").build());
        assertRejected(tokens.token().algorithm(JWSAlgorithm.PS256).build());
        assertRejected(tokens.token().withoutClaim("exp").keyId("unknown-kid").build());
        assertThat(tokens.token().withoutClaim("roles").build()).isNotBlank();
    }

    private static void assertRejected(String token) {
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtException.class);
    }
}
