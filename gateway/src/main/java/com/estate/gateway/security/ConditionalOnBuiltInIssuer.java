package com.estate.gateway.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;

/**
 * Marks the parts of the gateway that make it an issuer of tokens: signing keys and the JWKS, staff and
 * resident log-in, refresh tokens, staff administration, resident provisioning. With
 * {@code app.security.built-in-issuer=false} an external OpenID Connect provider issues the tokens, and none of
 * these beans exist; {@code /auth/**} and {@code /.well-known/**} then answer 404.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnBooleanProperty(name = GatewaySecurityProperties.BUILT_IN_ISSUER, matchIfMissing = true)
public @interface ConditionalOnBuiltInIssuer {
}
