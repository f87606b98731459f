package com.estate.gateway.otp;

import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.estate.gateway.auth.RefreshTokens;
import com.estate.gateway.auth.TokenResponse;
import com.estate.gateway.security.ConditionalOnBuiltInIssuer;

import reactor.core.publisher.Mono;

/**
 * Resident login: {@code POST /auth/otp} sends a one-time code to a registered resident's phone and answers 202
 * with the same body whether or not the phone belongs to anyone; {@code POST /auth/login/otp} exchanges the code
 * for tokens shaped like the staff login's: an access token (roles [RESIDENT], the resident's community,
 * residentId and unitIds) and a refresh token that {@code POST /auth/refresh} rotates and {@code /auth/logout}
 * revokes; a resident who moved out can no longer refresh. Both are limited per phone ({@link OtpLimits}).
 */
@RestController
@ConditionalOnBuiltInIssuer
class OtpController {

    private final OtpService otp;
    private final RefreshTokens refreshTokens;
    private final OtpProperties properties;

    OtpController(OtpService otp, RefreshTokens refreshTokens, OtpProperties properties) {
        this.otp = otp;
        this.refreshTokens = refreshTokens;
        this.properties = properties;
    }

    @PostMapping(path = "/auth/otp", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    Mono<ResponseEntity<OtpRequested>> requestCode(@Valid @RequestBody OtpRequest request) {
        OtpRequested accepted = new OtpRequested(properties.codeTtl().toSeconds(),
                properties.resendInterval().toSeconds());
        // A phone that asks again too soon fails with RetryLaterException: 429 with Retry-After.
        return otp.request(request.phone())
                .then(Mono.fromSupplier(() -> ResponseEntity.accepted().body(accepted)));
    }

    @PostMapping(path = "/auth/login/otp", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<TokenResponse>> login(@Valid @RequestBody OtpLoginRequest request) {
        return otp.login(request.phone(), request.code())
                .flatMap(refreshTokens::startResident)
                .map(tokens -> ResponseEntity.ok()
                        // Tokens are credentials: no cache may keep them (RFC 6749 §5.1).
                        .cacheControl(CacheControl.noStore())
                        .header("Pragma", "no-cache")
                        .body(tokens));
    }

    /** Same body for every phone: how long a code works and when another may be requested, in seconds. */
    record OtpRequested(long expiresIn, long resendAfter) {
    }

}
