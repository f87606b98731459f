package com.estate.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the services get the keys that sign access tokens, and what the tokens must say.
 *
 * @param jwkSetUri the issuer's JWKS (the gateway's {@code /.well-known/jwks.json}, or an external IdP's)
 * @param issuer    the required {@code iss}
 * @param audience  the required {@code aud} entry
 */
@ConfigurationProperties("app.security")
public record SecurityProperties(
        @DefaultValue("http://127.0.0.1:8080/.well-known/jwks.json") String jwkSetUri,
        @DefaultValue("estate-gateway") String issuer,
        @DefaultValue("estate-api") String audience) {
}
