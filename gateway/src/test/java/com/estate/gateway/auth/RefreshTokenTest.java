package com.estate.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import com.estate.gateway.GatewayIntegrationTest;
import com.estate.gateway.support.StaffSessions;

/** Refresh tokens through the real endpoints: rotation, replay detection, logout, disabled accounts, expiry. */
class RefreshTokenTest extends GatewayIntegrationTest {

    @Autowired
    private ReactiveMongoTemplate mongo;

    @Autowired
    private TokenProperties tokenProperties;

    private StaffSessions sessions;
    private String username;

    @BeforeEach
    void newAccount() {
        sessions = new StaffSessions(client());
        username = StaffSessions.uniqueUsername("refresh");
        sessions.create(adminToken(), username, List.of("CS_AGENT"), List.of("c-1"));
    }

    @Test
    void loginAnswersAnOpaque256BitRefreshTokenStoredOnlyAsItsHash() {
        Map<?, ?> tokens = sessions.login(username, StaffSessions.PASSWORD);
        String refresh = (String) tokens.get("refreshToken");

        assertThat(refresh).matches("[A-Za-z0-9_-]{43,}"); // 32 random bytes, base64url
        assertThat(refresh.split("\\.")).hasSize(1); // not a JWT
        assertThat(((Number) tokens.get("refreshExpiresIn")).longValue())
                .isEqualTo(tokenProperties.refreshTokenTtl().toSeconds());

        RefreshTokenDocument stored = find(RefreshTokens.hash(refresh));
        assertThat(stored).isNotNull();
        assertThat(stored.hash()).isNotEqualTo(refresh).hasSize(64);
        assertThat(stored.status()).isEqualTo(RefreshTokenDocument.ACTIVE);
        assertThat(stored.familyId()).isNotBlank();
        assertThat(Duration.between(stored.issuedAt(), stored.expiresAt())).isEqualTo(tokenProperties.refreshTokenTtl());
        Long holdingTheValue = mongo.count(Query.query(new Criteria().orOperator(
                Criteria.where("_id").is(refresh), Criteria.where("familyId").is(refresh),
                Criteria.where("accountId").is(refresh))), RefreshTokenDocument.class).block();
        assertThat(holdingTheValue).isZero();
    }

    @Test
    void refreshRotatesThePairAndTheNewAccessTokenWorks() {
        String first = (String) sessions.login(username, StaffSessions.PASSWORD).get("refreshToken");

        Map<?, ?> renewed = sessions.refresh(first)
                .expectStatus().isOk()
                .expectHeader().cacheControl(org.springframework.http.CacheControl.noStore())
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(renewed).isNotNull();
        String second = (String) renewed.get("refreshToken");
        assertThat(second).isNotEqualTo(first);
        assertThat(renewed.get("tokenType")).isEqualTo("Bearer");
        client().get().uri("/api/residents/" + UUID.randomUUID())
                .headers(h -> h.setBearerAuth((String) renewed.get("accessToken")))
                .exchange()
                .expectStatus().isOk();
        assertThat(find(RefreshTokens.hash(first)).status()).isEqualTo(RefreshTokenDocument.ROTATED);
        assertThat(find(RefreshTokens.hash(second)).familyId()).isEqualTo(find(RefreshTokens.hash(first)).familyId());
        // ... and the new one rotates too
        sessions.refresh(second).expectStatus().isOk();
    }

    @Test
    void replayingARotatedTokenIs401AndEndsTheWholeSession() {
        String first = (String) sessions.login(username, StaffSessions.PASSWORD).get("refreshToken");
        String second = (String) sessions.refresh(first).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("refreshToken");

        assertProblem(sessions.refresh(first), HttpStatus.UNAUTHORIZED, "invalid-refresh-token");

        // The legitimate holder's newer token is revoked as well: one of the two is a thief.
        assertProblem(sessions.refresh(second), HttpStatus.UNAUTHORIZED, "invalid-refresh-token");
        assertThat(find(RefreshTokens.hash(second)).status()).isEqualTo(RefreshTokenDocument.REVOKED);
    }

    @Test
    void anotherSessionOfTheSameAccountSurvivesAReplay() {
        String stolen = (String) sessions.login(username, StaffSessions.PASSWORD).get("refreshToken");
        String otherDevice = (String) sessions.login(username, StaffSessions.PASSWORD).get("refreshToken");
        sessions.refresh(stolen).expectStatus().isOk();
        sessions.refresh(stolen).expectStatus().isUnauthorized();

        sessions.refresh(otherDevice).expectStatus().isOk();
    }

    @Test
    void concurrentRefreshesWithOneTokenLetOneWinAndThenEndTheSession() {
        String refresh = (String) sessions.login(username, StaffSessions.PASSWORD).get("refreshToken");

        List<Map<?, ?>> winners = reactor.core.publisher.Flux.range(0, 4)
                .flatMap(i -> org.springframework.web.reactive.function.client.WebClient.create(
                                "http://127.0.0.1:" + port)
                        .post().uri("/auth/refresh").contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("refreshToken", refresh))
                        .exchangeToMono(response -> response.statusCode().is2xxSuccessful()
                                ? response.bodyToMono(Map.class).<Map<?, ?>>map(body -> body)
                                : response.releaseBody().then(reactor.core.publisher.Mono.empty())))
                .collectList()
                .block(Duration.ofSeconds(30));

        // The token is claimed once; the others look like a replay and end the session. Depending on the order the
        // one claimant either sees that at once (no winner) or gets a pair whose refresh token is already revoked.
        assertThat(winners).hasSizeLessThanOrEqualTo(1);
        for (Map<?, ?> winner : winners) {
            assertProblem(sessions.refresh((String) winner.get("refreshToken")), HttpStatus.UNAUTHORIZED,
                    "invalid-refresh-token");
        }
        RefreshTokenDocument claimed = find(RefreshTokens.hash(refresh));
        assertThat(claimed.status()).isEqualTo(RefreshTokenDocument.ROTATED);
        Long active = mongo.count(Query.query(Criteria.where("familyId").is(claimed.familyId())
                .and("status").is(RefreshTokenDocument.ACTIVE)), RefreshTokenDocument.class).block();
        assertThat(active).isZero();
    }

    @Test
    void logoutRevokesTheRefreshToken() {
        String refresh = (String) sessions.login(username, StaffSessions.PASSWORD).get("refreshToken");

        sessions.logout(refresh).expectStatus().isNoContent().expectBody().isEmpty();

        assertProblem(sessions.refresh(refresh), HttpStatus.UNAUTHORIZED, "invalid-refresh-token");
        // idempotent, and says nothing about unknown tokens either
        sessions.logout(refresh).expectStatus().isNoContent();
        sessions.logout("never-issued").expectStatus().isNoContent();
    }

    @Test
    void aDisabledAccountCannotRefresh() {
        Map<?, ?> created = sessions.create(adminToken(), StaffSessions.uniqueUsername("to-disable"),
                List.of("FINANCE"), List.of());
        String refresh = (String) sessions.login((String) created.get("username"), StaffSessions.PASSWORD)
                .get("refreshToken");
        client().post().uri("/auth/admin/users/{id}/disable", created.get("id"))
                .headers(h -> h.setBearerAuth(adminToken()))
                .exchange()
                .expectStatus().isOk();

        assertProblem(sessions.refresh(refresh), HttpStatus.UNAUTHORIZED, "invalid-refresh-token");
    }

    @Test
    void aDisabledAccountCannotRefreshEvenIfItsTokensWereNotRevoked() {
        Map<?, ?> created = sessions.create(adminToken(), StaffSessions.uniqueUsername("disabled-directly"),
                List.of("FINANCE"), List.of());
        String refresh = (String) sessions.login((String) created.get("username"), StaffSessions.PASSWORD)
                .get("refreshToken");
        // Disabled behind the administration's back (e.g. by a script): the refresh still checks the account.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(created.get("id"))), Update.update("enabled", false),
                "staff_accounts").block();

        assertProblem(sessions.refresh(refresh), HttpStatus.UNAUTHORIZED, "invalid-refresh-token");
    }

    @Test
    void anExpiredRefreshTokenIs401() {
        String refresh = (String) sessions.login(username, StaffSessions.PASSWORD).get("refreshToken");
        mongo.updateFirst(Query.query(Criteria.where("_id").is(RefreshTokens.hash(refresh))),
                Update.update("expiresAt", Instant.now().minusSeconds(1)), RefreshTokenDocument.class).block();

        assertProblem(sessions.refresh(refresh), HttpStatus.UNAUTHORIZED, "invalid-refresh-token");
    }

    @Test
    void anUnknownRefreshTokenIs401AndABlankOneIs400() {
        assertProblem(sessions.refresh(RefreshTokens.newTokenValue()), HttpStatus.UNAUTHORIZED,
                "invalid-refresh-token");
        assertProblem(client().post().uri("/auth/refresh").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("refreshToken", " ")).exchange(), HttpStatus.BAD_REQUEST, "validation")
                .jsonPath("$.errors[0].field").isEqualTo("refreshToken");
    }

    @Test
    void anAccessTokenIsNotARefreshToken() {
        String access = (String) sessions.login(username, StaffSessions.PASSWORD).get("accessToken");
        sessions.refresh(access).expectStatus().isEqualTo(HttpStatus.BAD_REQUEST); // longer than any refresh token
    }

    private RefreshTokenDocument find(String hash) {
        return mongo.findById(hash, RefreshTokenDocument.class).block(Duration.ofSeconds(10));
    }
}
