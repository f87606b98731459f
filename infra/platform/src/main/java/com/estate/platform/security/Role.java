package com.estate.platform.security;

/** The roles of DESIGN.md §5, as they appear in the token's {@code roles} claim. */
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

    public String authority() {
        return "ROLE_" + name();
    }
}
