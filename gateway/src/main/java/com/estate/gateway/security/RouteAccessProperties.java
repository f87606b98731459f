package com.estate.gateway.security;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.http.HttpMethod;
import org.springframework.validation.annotation.Validated;

import com.estate.contracts.identity.Role;

/**
 * The gateway's role matrix ({@code app.routes.access}): which roles may call which paths with which methods.
 * Rules are tried in order and the first whose path pattern and method match decides; a request no rule matches
 * needs only a valid token. Roles are {@link Role} names, so a typo fails the start instead of locking people out.
 * The services enforce their own rules again; this is the first line, not the only one.
 * {@code unauthenticatedPosts} are POST paths that pass without a token (a payment provider's signed callback): the
 * service behind them verifies the caller's own proof.
 */
@Validated
@ConfigurationProperties("app.routes")
public record RouteAccessProperties(@Valid List<AccessRule> access, List<String> unauthenticatedPosts) {

    public RouteAccessProperties {
        access = access == null ? List.of() : List.copyOf(access);
        unauthenticatedPosts = unauthenticatedPosts == null ? List.of() : List.copyOf(unauthenticatedPosts);
    }

    /**
     * @param paths   Spring path patterns, e.g. {@code /api/communities/*}{@code /units} or {@code /api/billing/**}
     * @param methods HTTP methods the rule covers; empty means every method
     * @param roles   the roles allowed; a caller needs at least one of them
     */
    public record AccessRule(@NotEmpty List<String> paths, List<String> methods, @NotEmpty Set<Role> roles) {

        public AccessRule {
            methods = methods == null ? List.of() : List.copyOf(methods);
        }

        public List<HttpMethod> httpMethods() {
            return methods.stream().map(m -> HttpMethod.valueOf(m.trim().toUpperCase(Locale.ROOT))).toList();
        }

        public String[] roleNames() {
            return roles.stream().map(Role::name).sorted().toArray(String[]::new);
        }
    }
}
