package com.estate.gateway.me;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.estate.contracts.identity.Role;
import com.estate.gateway.auth.TokenIssuer;
import com.estate.gateway.problem.ProblemException;
import com.estate.gateway.problem.ProblemKind;
import com.estate.gateway.residents.ResidentAccount;
import com.estate.gateway.residents.ResidentAccounts;
import com.fasterxml.jackson.annotation.JsonInclude;

import reactor.core.publisher.Mono;

/**
 * {@code GET /api/me}, answered by the gateway itself (not routed): who the validated token says the caller is.
 * For a resident the account is looked up too, so a resident who moved out is refused at once (401) rather
 * than when the token expires.
 */
@RestController
class MeController {

    private final ResidentAccounts residents;

    MeController(ResidentAccounts residents) {
        this.residents = residents;
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
        List<String> roles = listClaim(jwt, "roles");
        List<String> communities = listClaim(jwt, "communities");
        String residentId = jwt.getClaimAsString(TokenIssuer.RESIDENT_ID);
        if (!roles.contains(Role.RESIDENT.name())) {
            return Mono.just(new Me(jwt.getSubject(), roles, communities, null, null));
        }
        if (residentId == null) {
            return Mono.error(new ProblemException(ProblemKind.UNAUTHORIZED));
        }
        return residents.findById(residentId)
                .filter(ResidentAccount::enabled)
                .switchIfEmpty(Mono.error(() -> new ProblemException(ProblemKind.UNAUTHORIZED)))
                .map(account -> new Me(jwt.getSubject(), roles, communities, residentId,
                        listClaim(jwt, TokenIssuer.UNIT_IDS)));
    }

    private static List<String> listClaim(Jwt jwt, String name) {
        List<String> values = jwt.getClaimAsStringList(name);
        return values == null ? List.of() : List.copyOf(values);
    }

    /** residentId and unitIds only for residents. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Me(String subject, List<String> roles, List<String> communities, String residentId, List<String> unitIds) {
    }
}
