package com.estate.gateway.security;

import java.util.Collection;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import com.estate.contracts.identity.TokenClaims;

/**
 * Maps the token's roles (wherever {@code app.security.claims.roles} says they are) to {@code ROLE_*}
 * authorities, ready for role rules; names the suite does not know grant nothing.
 */
public class RoleAuthoritiesConverter implements Converter<Jwt, Collection<GrantedAuthority>> {

    private final TokenClaims claims;

    public RoleAuthoritiesConverter(TokenClaims claims) {
        this.claims = claims;
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        return claims.roles(jwt.getClaims()).stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }
}
