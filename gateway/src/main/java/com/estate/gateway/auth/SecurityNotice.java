package com.estate.gateway.auth;

import java.time.Instant;

/**
 * Something the owner of a staff account should know about it, shown once in the answer of their next successful
 * log-in ({@code securityNotices}). So far one {@code type}: {@code account-locked}, when wrong passwords locked the
 * account {@code at} a time until {@code lockedUntil}, at one client address ({@code scope} {@code client}) or at
 * every address ({@code account}). Staff accounts may have no e-mail address, so this is how the owner hears of it.
 */
public record SecurityNotice(String type, String scope, Instant at, Instant lockedUntil) {

    static final String ACCOUNT_LOCKED = "account-locked";
    static final String CLIENT = "client";
    static final String ACCOUNT = "account";

    static SecurityNotice locked(String scope, Instant at, Instant lockedUntil) {
        return new SecurityNotice(ACCOUNT_LOCKED, scope, at, lockedUntil);
    }
}
