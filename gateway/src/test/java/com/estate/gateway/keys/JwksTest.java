package com.estate.gateway.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import com.estate.gateway.GatewayIntegrationTest;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

class JwksTest extends GatewayIntegrationTest {

    @Test
    void servesPublicRs256KeysWithKidAlgAndUse() throws Exception {
        JWKSet jwks = fetchJwks();

        assertThat(jwks.getKeys()).isNotEmpty();
        for (JWK key : jwks.getKeys()) {
            assertThat(key).isInstanceOf(RSAKey.class);
            assertThat(key.getKeyID()).isNotBlank();
            assertThat(key.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
            assertThat(key.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
            assertThat(key.isPrivate()).as("no private parts in the JWKS").isFalse();
        }
        assertThat(jwks.getKeyByKeyId(keyRing.signingKey().getKeyID())).isNotNull();
    }

    @Test
    void loginTokenVerifiesAgainstTheJwksWithNimbus() throws Exception {
        String token = adminToken();
        JWKSet jwks = fetchJwks();

        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).as("token kid is published").isNotNull();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();

        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(security.issuer());
        assertThat(claims.getAudience()).containsExactly(security.audience());
        assertThat(claims.getSubject()).isNotBlank();
        assertThat(claims.getJWTID()).isNotBlank();
        Date issuedAt = claims.getIssueTime();
        Date expiresAt = claims.getExpirationTime();
        assertThat(expiresAt.getTime() - issuedAt.getTime()).isEqualTo(security.accessTokenTtl().toMillis());
        assertThat(claims.getStringListClaim("roles")).containsExactly("PLATFORM_ADMIN");
        assertThat(claims.getStringListClaim("communities")).isEqualTo(List.of());
    }

    private JWKSet fetchJwks() throws Exception {
        String json = client().get().uri("/.well-known/jwks.json")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(String.class).returnResult().getResponseBody();
        return JWKSet.parse(json);
    }
}
