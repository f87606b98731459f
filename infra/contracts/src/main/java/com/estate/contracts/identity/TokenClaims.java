package com.estate.contracts.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a caller's identity sits in an access token's claims, as dot-separated paths. The gateway's built-in
 * issuer writes top-level claims (the defaults). An external OpenID Connect provider may put them elsewhere:
 * Keycloak, for example, writes realm roles to {@code realm_access.roles} unless a mapper says otherwise.
 * The gateway and every service read tokens through this one class, configured as {@code app.security.claims.*}.
 *
 * @param roles       the role names ({@link Role}); unknown names are ignored, never trusted
 * @param communities the ids of the communities a staff member works for, or a resident's community
 * @param residentId  a resident's id
 * @param unitIds     the units a resident lives in
 */
public record TokenClaims(String roles, String communities, String residentId, String unitIds) {

    public static final TokenClaims DEFAULT = new TokenClaims("roles", "communities", "residentId", "unitIds");

    public TokenClaims {
        roles = orDefault(roles, "roles");
        communities = orDefault(communities, "communities");
        residentId = orDefault(residentId, "residentId");
        unitIds = orDefault(unitIds, "unitIds");
    }

    /** The role names as the token states them, known or not (for display). */
    public List<String> roleNames(Map<String, Object> claims) {
        return strings(claims, roles);
    }

    /** The suite roles the token grants; names the suite does not know are dropped. */
    public Set<Role> roles(Map<String, Object> claims) {
        Set<Role> granted = EnumSet.noneOf(Role.class);
        for (String name : roleNames(claims)) {
            for (Role role : Role.values()) {
                if (role.name().equals(name)) {
                    granted.add(role);
                }
            }
        }
        return granted;
    }

    public List<String> communities(Map<String, Object> claims) {
        return strings(claims, communities);
    }

    /** The resident's id, or null for staff. */
    public String residentId(Map<String, Object> claims) {
        Object value = at(claims, residentId);
        return value == null ? null : value.toString();
    }

    public List<String> unitIds(Map<String, Object> claims) {
        return strings(claims, unitIds);
    }

    /** Follows a dotted path through nested JSON objects; null where any step is missing. */
    static Object at(Map<String, Object> claims, String path) {
        Object current = claims;
        for (String step : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> object)) {
                return null;
            }
            current = object.get(step);
        }
        return current;
    }

    /** A JSON array of strings, or a single string (some providers write one value unwrapped). */
    private static List<String> strings(Map<String, Object> claims, String path) {
        Object value = at(claims, path);
        if (value instanceof Collection<?> values) {
            return values.stream().filter(item -> item != null).map(Object::toString).toList();
        }
        if (value instanceof String single && !single.isBlank()) {
            return List.of(single);
        }
        return List.of();
    }

    private static String orDefault(String path, String fallback) {
        return path == null || path.isBlank() ? fallback : path.trim();
    }
}
