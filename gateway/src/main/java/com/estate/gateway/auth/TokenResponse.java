package com.estate.gateway.auth;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The login and refresh answer, shaped like an OAuth 2 token response: {@code expiresIn} and
 * {@code refreshExpiresIn} are in seconds. A staff log-in also hands out the {@link SecurityNotice}s the owner has
 * not seen yet (absent when there are none).
 */
public record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken,
        long refreshExpiresIn, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SecurityNotice> securityNotices) {

    static TokenResponse bearer(Session session) {
        return bearer(session, List.of());
    }

    static TokenResponse bearer(Session session, List<SecurityNotice> notices) {
        return new TokenResponse(session.accessToken().value(), "Bearer", session.accessToken().expiresIn().toSeconds(),
                session.refreshToken(), session.refreshExpiresIn().toSeconds(), List.copyOf(notices));
    }

    @Override
    public String toString() {
        return "TokenResponse[tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
    }
}
