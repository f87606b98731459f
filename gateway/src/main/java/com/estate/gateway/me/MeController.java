package com.estate.gateway.me;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.estate.contracts.identity.Role;
import com.estate.contracts.identity.TokenClaims;
import com.estate.gateway.problem.ProblemException;
import com.estate.gateway.problem.ProblemKind;
import com.estate.gateway.residents.ResidentAccount;
import com.estate.gateway.residents.ResidentAccounts;
import com.estate.gateway.security.GatewaySecurityProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import reactor.core.publisher.Mono;

/**
 * {@code GET /api/me}, answered by the gateway itself (not routed): who the validated token says the caller is.
 * With the built-in issuer, a resident's account is looked up too, so a resident who moved out is refused at
 * once (401) rather than when the token expires; an external provider keeps its own accounts, so its tokens
 * are taken as they are.
 */
@RestController
class MeController {

    private final ResidentAccounts residents;
    private final TokenClaims claims;

    MeController(ObjectProvider<ResidentAccounts> residents, GatewaySecurityProperties security) {
        this.residents = residents.getIfAvailable();
        this.claims = security.claims();
    }

    @GetMapping(path = "/api/me", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<Me> me() {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .ofType(JwtAuthenticationToken.class)
                .map(JwtAuthenticationToken::getToken)
                .switchIfEmpty(Mono.error(() -> new ProblemException(ProblemKind.UNAUTHORIZED)))
                .flatMap(this::describe);
    }

    private Mono<Me> describe(Jwt jwt) {
        List<String> roles = claims.roles(jwt.getClaims()).stream().map(Role::name).toList();
        List<String> communities = claims.communities(jwt.getClaims());
        String residentId = claims.residentId(jwt.getClaims());
        if (!roles.contains(Role.RESIDENT.name())) {
            return Mono.just(new Me(jwt.getSubject(), roles, communities, null, null));
        }
        if (residentId == null) {
            return Mono.error(new ProblemException(ProblemKind.UNAUTHORIZED));
        }
        Me me = new Me(jwt.getSubject(), roles, communities, residentId, claims.unitIds(jwt.getClaims()));
        if (residents == null) {
            return Mono.just(me);
        }
        return residents.findById(residentId)
                .filter(ResidentAccount::enabled)
                .switchIfEmpty(Mono.error(() -> new ProblemException(ProblemKind.UNAUTHORIZED)))
                .thenReturn(me);
    }

    /** residentId and unitIds only for residents. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Me(String subject, List<String> roles, List<String> communities, String residentId, List<String> unitIds) {
    }
}
