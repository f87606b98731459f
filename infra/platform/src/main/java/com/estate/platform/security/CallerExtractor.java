package com.estate.platform.security;

import com.estate.contracts.identity.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.jwt.Jwt;

/** Reads the suite's claims; unknown role names are ignored rather than trusted. */
final class CallerExtractor {

    private CallerExtractor() {
    }

    static Caller from(Jwt jwt) {
        return new Caller(jwt.getSubject(), roles(jwt), strings(jwt, "communities"), jwt.getClaimAsString("residentId"),
                strings(jwt, "unitIds"));
    }

    static Set<Role> roles(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : strings(jwt, "roles")) {
            for (Role role : Role.values()) {
                if (role.name().equals(name)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    private static Set<String> strings(Jwt jwt, String claim) {
        List<String> values = jwt.hasClaim(claim) ? jwt.getClaimAsStringList(claim) : null;
        return values == null ? Set.of() : values.stream().collect(Collectors.toUnmodifiableSet());
    }
}
