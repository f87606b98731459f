package com.estate.contracts.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TokenClaimsTest {

    @Test
    void readsTheBuiltInIssuersTopLevelClaims() {
        Map<String, Object> claims = Map.of(
                "roles", List.of("RESIDENT", "SOMETHING_ELSE"),
                "communities", List.of("c-1"),
                "residentId", "r-1",
                "unitIds", List.of("u-1", "u-2"));

        TokenClaims paths = TokenClaims.DEFAULT;

        assertThat(paths.roleNames(claims)).containsExactly("RESIDENT", "SOMETHING_ELSE");
        assertThat(paths.roles(claims)).containsExactly(Role.RESIDENT);
        assertThat(paths.communities(claims)).containsExactly("c-1");
        assertThat(paths.residentId(claims)).isEqualTo("r-1");
        assertThat(paths.unitIds(claims)).containsExactly("u-1", "u-2");
    }

    @Test
    void followsNestedPathsOfAnExternalProvider() {
        Map<String, Object> claims = Map.of(
                "realm_access", Map.of("roles", List.of("offline_access", "FINANCE")),
                "estate", Map.of("communities", "c-9"));

        TokenClaims keycloak = new TokenClaims("realm_access.roles", "estate.communities", null, " ");

        assertThat(keycloak.roles(claims)).containsExactly(Role.FINANCE);
        assertThat(keycloak.communities(claims)).as("a single string counts as one value").containsExactly("c-9");
        assertThat(keycloak.residentId()).isEqualTo("residentId");
        assertThat(keycloak.unitIds()).as("blank falls back to the default").isEqualTo("unitIds");
    }

    @Test
    void missingOrMistypedClaimsGrantNothing() {
        Map<String, Object> claims = Map.of("roles", "", "communities", Map.of("x", 1), "realm_access", "not-an-object");

        assertThat(TokenClaims.DEFAULT.roles(claims)).isEmpty();
        assertThat(TokenClaims.DEFAULT.communities(claims)).isEmpty();
        assertThat(TokenClaims.DEFAULT.residentId(claims)).isNull();
        assertThat(new TokenClaims("realm_access.roles", null, null, null).roles(claims)).isEmpty();
    }
}
