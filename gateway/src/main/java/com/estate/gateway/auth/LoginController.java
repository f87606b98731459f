package com.estate.gateway.auth;

import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import com.estate.gateway.security.ConditionalOnBuiltInIssuer;
import com.estate.gateway.web.ClientAddressResolver;

import reactor.core.publisher.Mono;

/**
 * Staff sessions: {@code POST /auth/login} (username and password in, access and refresh token out),
 * {@code POST /auth/refresh} (a refresh token in, a new pair out; the old refresh token stops working) and
 * {@code POST /auth/logout} (the refresh token's session ends). Access tokens already handed out stay valid
 * until they expire (15 minutes by default): they are not looked up per request. A log-in's answer carries the
 * account's unseen {@code securityNotices} (e.g. that wrong passwords locked it), each shown once.
 */
@RestController
@ConditionalOnBuiltInIssuer
class LoginController {

    private final StaffAuthenticator authenticator;
    private final RefreshTokens refreshTokens;
    private final ClientAddressResolver clients;
    private final SecurityNotices notices;

    LoginController(StaffAuthenticator authenticator, RefreshTokens refreshTokens, ClientAddressResolver clients,
            SecurityNotices notices) {
        this.authenticator = authenticator;
        this.refreshTokens = refreshTokens;
        this.clients = clients;
        this.notices = notices;
    }

    @PostMapping(path = "/auth/login", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<TokenResponse>> login(@Valid @RequestBody LoginRequest request, ServerWebExchange exchange) {
        return authenticator.authenticate(request.username(), request.password(), clients.rateLimitKey(exchange))
                .flatMap(account -> refreshTokens.start(account)
                        .flatMap(session -> notices.takeAll(account.id())
                                .map(unseen -> TokenResponse.bearer(session, unseen))))
                .map(LoginController::tokens);
    }

    @PostMapping(path = "/auth/refresh", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<TokenResponse>> refresh(@Valid @RequestBody RefreshRequest request) {
        return refreshTokens.rotate(request.refreshToken()).map(TokenResponse::bearer).map(LoginController::tokens);
    }

    @PostMapping(path = "/auth/logout", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<Void>> logout(@Valid @RequestBody RefreshRequest request) {
        return refreshTokens.revoke(request.refreshToken()).thenReturn(ResponseEntity.noContent().build());
    }

    private static ResponseEntity<TokenResponse> tokens(TokenResponse tokens) {
        // Tokens are credentials: no cache may keep them (RFC 6749 §5.1).
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("Pragma", "no-cache")
                .body(tokens);
    }
}
