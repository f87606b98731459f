package com.estate.gateway.auth;

import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/** {@code POST /auth/login}: staff username and password in, a bearer access token out. */
@RestController
class LoginController {

    private final StaffAuthenticator authenticator;
    private final TokenIssuer tokenIssuer;

    LoginController(StaffAuthenticator authenticator, TokenIssuer tokenIssuer) {
        this.authenticator = authenticator;
        this.tokenIssuer = tokenIssuer;
    }

    @PostMapping(path = "/auth/login", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<TokenResponse>> login(@Valid @RequestBody LoginRequest request) {
        return authenticator.authenticate(request.username(), request.password())
                .map(tokenIssuer::issue)
                // A token is a credential: no cache may keep it (RFC 6749 §5.1).
                .map(token -> ResponseEntity.ok()
                        .cacheControl(CacheControl.noStore())
                        .header("Pragma", "no-cache")
                        .body(TokenResponse.bearer(token)));
    }
}
