package com.estate.gateway.auth;

/** The login answer, shaped like an OAuth 2 token response: {@code expiresIn} is in seconds. */
public record TokenResponse(String accessToken, String tokenType, long expiresIn) {

    static TokenResponse bearer(IssuedToken token) {
        return new TokenResponse(token.value(), "Bearer", token.expiresIn().toSeconds());
    }
}
