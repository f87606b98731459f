package com.estate.gateway.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Staff login. The bounds only reject absurd input early; wrong values still get the generic 401. */
public record LoginRequest(
        @NotBlank @Size(max = 200) String username,
        @NotBlank @Size(max = 200) String password) {

    @Override
    public String toString() {
        return "LoginRequest[username=" + username + ", password=***]";
    }
}
