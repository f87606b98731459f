package com.estate.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.server.authorization.AuthorizationContext;

import com.estate.contracts.identity.Role;

import reactor.core.publisher.Mono;

/** The role matrix's decision rules, one class alone (RoleMatrixTest proves the configured matrix end to end). */
class RoleMatrixRulesTest {

    private final RoleMatrix matrix = new RoleMatrix(List.of(
            new RouteAccessProperties.AccessRule(List.of("/api/communities"), List.of("POST"),
                    Set.of(Role.PLATFORM_ADMIN)),
            new RouteAccessProperties.AccessRule(List.of("/api/communities/*/units/import"), null,
                    Set.of(Role.CS_SUPERVISOR)),
            new RouteAccessProperties.AccessRule(List.of("/api/communities/**"), List.of("POST", "PATCH"),
                    Set.of(Role.CS_AGENT, Role.CS_SUPERVISOR))));

    private boolean granted(String method, String path, Authentication caller) {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.method(org.springframework.http.HttpMethod.valueOf(method), path));
        AuthorizationResult result = matrix.authorize(caller == null ? Mono.empty() : Mono.just(caller),
                new AuthorizationContext(exchange)).block();
        return result.isGranted();
    }

    private static Authentication as(Role... roles) {
        TestingAuthenticationToken token = new TestingAuthenticationToken("someone", "n/a",
                AuthorityUtils.createAuthorityList(java.util.Arrays.stream(roles).map(Role::authority)
                        .toArray(String[]::new)));
        token.setAuthenticated(true);
        return token;
    }

    @Test
    void theFirstMatchingRuleDecidesAndItsMethodsLimitIt() {
        assertThat(granted("POST", "/api/communities", as(Role.PLATFORM_ADMIN))).isTrue();
        assertThat(granted("POST", "/api/communities", as(Role.CS_AGENT))).as("a later rule does not widen it")
                .isFalse();
        assertThat(granted("GET", "/api/communities", as(Role.RESIDENT))).as("no rule for GET: any valid token")
                .isTrue();
        assertThat(granted("POST", "/api/communities/c-1/buildings", as(Role.CS_AGENT))).isTrue();
        assertThat(granted("POST", "/api/communities/c-1/buildings", as(Role.RESIDENT))).isFalse();
    }

    @Test
    void aTrailingSlashIsCoveredAndARuleWithoutMethodsCoversThemAll() {
        assertThat(granted("POST", "/api/communities/", as(Role.CS_AGENT))).isFalse();
        assertThat(granted("GET", "/api/communities/c-1/units/import/", as(Role.CS_AGENT))).isFalse();
        assertThat(granted("DELETE", "/api/communities/c-1/units/import", as(Role.CS_SUPERVISOR))).isTrue();
    }

    @Test
    void withoutAnAuthenticatedCallerNothingIsGrantedEvenWhereNoRuleApplies() {
        assertThat(granted("GET", "/api/units/u-1", null)).isFalse();
        assertThat(granted("GET", "/api/units/u-1", new AnonymousAuthenticationToken("key", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")))).isFalse();
        Authentication unauthenticated = new TestingAuthenticationToken("someone", "n/a",
                AuthorityUtils.createAuthorityList(Role.PLATFORM_ADMIN.authority()));
        unauthenticated.setAuthenticated(false);
        assertThat(granted("POST", "/api/communities", unauthenticated)).isFalse();
    }
}
