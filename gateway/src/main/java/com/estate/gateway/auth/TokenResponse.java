package com.estate.gateway.auth;

/**
 * The login and refresh answer, shaped like an OAuth 2 token response: {@code expiresIn} and
 * {@code refreshExpiresIn} are in seconds.
 */
public record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken,
        long refreshExpiresIn) {

    static TokenResponse bearer(Session session) {
        return new TokenResponse(session.accessToken().value(), "Bearer", session.accessToken().expiresIn().toSeconds(),
                session.refreshToken(), session.refreshExpiresIn().toSeconds());
    }

    @Override
    public String toString() {
        return "TokenResponse[tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
    }
}
