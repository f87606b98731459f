package com.estate.platform.security;

import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;

import com.estate.contracts.identity.Role;
import com.estate.contracts.identity.TokenClaims;

/** Reads the suite's claims from a validated token, wherever {@code app.security.claims} says they are. */
final class CallerExtractor {

    private final TokenClaims claims;

    CallerExtractor(TokenClaims claims) {
        this.claims = claims;
    }

    Caller from(Jwt jwt) {
        return new Caller(jwt.getSubject(), roles(jwt), Set.copyOf(claims.communities(jwt.getClaims())),
                claims.residentId(jwt.getClaims()), Set.copyOf(claims.unitIds(jwt.getClaims())));
    }

    Set<Role> roles(Jwt jwt) {
        return claims.roles(jwt.getClaims());
    }
}
