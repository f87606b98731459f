package com.estate.gateway.accounts;

import java.util.Locale;

/** Usernames compare case-insensitively and without surrounding blanks: "Admin " and "admin" are one account. */
public final class Usernames {

    private Usernames() {
    }

    public static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
