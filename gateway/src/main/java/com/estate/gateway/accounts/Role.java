package com.estate.gateway.accounts;

/** The suite's role keys, as they appear in the token's {@code roles} claim. */
public enum Role {
    RESIDENT,
    CS_AGENT,
    CS_SUPERVISOR,
    ADMIN_SUPERVISOR,
    FINANCE,
    TECHNICIAN,
    SECURITY,
    DIRECTOR,
    PLATFORM_ADMIN
}
