package com.estate.platform.pii;

import com.estate.contracts.identity.Role;
import com.estate.platform.core.pii.PiiProperties;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Whether the caller of the request being answered may see personal data in full: one of
 * {@code app.pii.unmasked-roles} in its validated token. No caller (a background job, a Kafka listener, a log
 * line) means masked.
 */
final class UnmaskedRoles {

    private final Set<String> authorities;

    UnmaskedRoles(PiiProperties properties) {
        this.authorities = properties.unmaskedRoles().stream().map(Role::authority).collect(Collectors.toSet());
    }

    boolean currentCallerSeesFullValues() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return false;
        }
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            if (authorities.contains(granted.getAuthority())) {
                return true;
            }
        }
        return false;
    }
}
