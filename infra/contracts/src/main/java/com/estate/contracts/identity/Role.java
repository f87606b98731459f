package com.estate.contracts.identity;

/**
 * The suite's roles (infra/ARCHITECTURE.md §5), as the gateway writes them into the access token's {@code roles} claim and
 * every service reads them back.
 */
public enum Role {
    RESIDENT,
    CS_AGENT,
    CS_SUPERVISOR,
    ADMIN_SUPERVISOR,
    FINANCE,
    TECHNICIAN,
    SECURITY,
    DIRECTOR,
    PLATFORM_ADMIN;

    /** The Spring Security authority, for {@code hasRole(...)} checks. */
    public String authority() {
        return "ROLE_" + name();
    }
}
