package com.estate.gateway.auth;

import java.time.Duration;

/** What a login or a refresh hands out: an access token and the refresh token that renews it. */
record Session(IssuedToken accessToken, String refreshToken, Duration refreshExpiresIn) {

    @Override
    public String toString() {
        return "Session[" + accessToken + "]"; // the refresh token is a credential
    }
}
