package com.estate.gateway.accounts;

import java.util.Locale;

import com.estate.platform.core.text.TypedIdentifiers;

/**
 * Usernames compare in their canonical form ({@link TypedIdentifiers}: full-width folded, blanks stripped) and
 * case-insensitively: "Admin ", "ａｄｍｉｎ" and "admin" are one account, at login and when an account is created.
 */
public final class Usernames {

    private Usernames() {
    }

    public static String normalize(String username) {
        return username == null ? "" : TypedIdentifiers.normalize(username).toLowerCase(Locale.ROOT);
    }
}
