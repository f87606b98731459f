package com.estate.gateway.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.estate.gateway.GatewayIntegrationTest;
import com.estate.gateway.support.SecondGateway;
import com.estate.gateway.support.StaffSessions;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Emergency revocation of a leaked signing key ({@code POST /auth/admin/keys/{kid}/revoke}): its tokens are
 * refused at once here and within one key refresh interval (1 s in tests) at another gateway on the same
 * database, it leaves the JWKS, a new key signs at once, and sessions whose tokens it signed end.
 */
@ExtendWith(OutputCaptureExtension.class)
class KeyRevocationTest extends GatewayIntegrationTest {

    @Autowired
    private Environment environment;

    @Autowired
    private ReactiveMongoTemplate mongo;

    @Autowired
    private SigningKeyRepository repository;

    @Test
    void aRevokedSigningKeyStopsVerifyingAtOnceAndANewKeySignsAtOnce(CapturedOutput output) {
        Map<?, ?> before = new StaffSessions(client()).login("admin", adminPassword());
        String leakedToken = (String) before.get("accessToken");
        String leaked = kid(leakedToken);
        assertThat(api(client(), leakedToken, "/api/residents/before-revocation")).isEqualTo(HttpStatus.OK);

        Map<?, ?> revoked = revoke(client(), adminToken(), leaked).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(revoked.get("kid")).isEqualTo(leaked);
        assertThat(revoked.get("state")).isEqualTo("REVOKED");
        assertThat(revoked.get("revokedAt")).isNotNull();
        assertProblem(client().get().uri("/api/residents/after-revocation")
                .headers(h -> h.setBearerAuth(leakedToken)).exchange(), HttpStatus.UNAUTHORIZED, "unauthorized");
        assertThat(publishedKids(client())).doesNotContain(leaked);

        String fresh = adminToken();
        assertThat(kid(fresh)).as("a new key signs without an activation delay").isNotEqualTo(leaked);
        assertThat(api(client(), fresh, "/api/residents/fresh-login")).isEqualTo(HttpStatus.OK);
        assertThat(publishedKids(client())).contains(kid(fresh));

        Document session = mongo.findById(sha256((String) before.get("refreshToken")), Document.class,
                "refresh_tokens").block();
        assertThat(session).containsEntry("signingKid", leaked).containsEntry("status", "REVOKED");
        assertProblem(new StaffSessions(client()).refresh((String) before.get("refreshToken")),
                HttpStatus.UNAUTHORIZED, "invalid-refresh-token");
        client().get().uri("/.well-known/jwks.json").exchange().expectHeader().cacheControl(CacheControl.noCache());

        Map<?, ?> listed = keyViews(fresh).stream().filter(view -> leaked.equals(view.get("kid"))).findFirst()
                .orElseThrow();
        assertThat(listed.get("state")).isEqualTo("REVOKED");
        assertThat(listed.get("revokedAt")).isEqualTo(revoked.get("revokedAt"));
        assertThat(keyViews(fresh).stream().filter(view -> kid(fresh).equals(view.get("kid")))
                .map(view -> (Object) view.get("state")).toList()).containsExactly("SIGNING");

        String adminId = subject(fresh);
        assertThat(output.getOut()).containsPattern("WARN.*" + leaked + ".*" + adminId);
        SigningKeyDocument stored = repository.findById(leaked).block();
        assertThat(stored.revokedBy()).isEqualTo(adminId);
        assertThat(RsaKeys.parse(stored).isPrivate()).as("the leaked private half is not kept").isFalse();
    }

    @Test
    void aRefreshTokenIssuedUnderTheRevokedKeyThatEscapedTheSweepIsRefusedWhenPresented() {
        Map<?, ?> session = new StaffSessions(client()).login("admin", adminPassword());
        String kid = kid((String) session.get("accessToken"));
        String refreshToken = (String) session.get("refreshToken");
        revoke(client(), adminToken(), kid).expectStatus().isOk();
        // as if stored just after the sweep, by a rotation under way or a gateway that had not seen the revocation
        mongo.updateFirst(Query.query(Criteria.where("_id").is(sha256(refreshToken))),
                Update.update("status", "ACTIVE"), "refresh_tokens").block();

        assertProblem(new StaffSessions(client()).refresh(refreshToken), HttpStatus.UNAUTHORIZED,
                "invalid-refresh-token");
    }

    @Test
    void revokingAPendingKeyLeavesTheSigningKeyAlone() {
        String signing = kid(adminToken());
        String pending = (String) client().post().uri("/auth/admin/keys").headers(h -> h.setBearerAuth(adminToken()))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("kid");

        revoke(client(), adminToken(), pending).expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("REVOKED");

        assertThat(kid(adminToken())).isEqualTo(signing);
        assertThat(publishedKids(client())).contains(signing).doesNotContain(pending);
    }

    @Test
    void revokingAgainAnswersTheSameRevocation() {
        String kid = keyRing.signingKey().getKeyID();
        Map<?, ?> first = revoke(client(), adminToken(), kid).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();

        Map<?, ?> again = revoke(client(), adminToken(), kid).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(again).isEqualTo(first);
        assertThat(kid(adminToken())).isNotEqualTo(kid);
    }

    @Test
    void anotherGatewayStopsAcceptingTheRevokedKeyWithinItsRefreshInterval() {
        String leakedToken = adminToken();
        String leaked = kid(leakedToken);
        try (SecondGateway second = SecondGateway.startLike(environment)) {
            assertThat(api(second.client(), leakedToken, "/api/residents/second-before")).isEqualTo(HttpStatus.OK);

            revoke(client(), adminToken(), leaked).expectStatus().isOk();

            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                    .until(() -> api(second.client(), leakedToken, "/api/residents/second-after")
                            == HttpStatus.UNAUTHORIZED);
            assertThat(publishedKids(second.client())).doesNotContain(leaked);
            String fromSecond = (String) new StaffSessions(second.client()).login("admin", adminPassword())
                    .get("accessToken");
            assertThat(kid(fromSecond)).isNotEqualTo(leaked);
            assertThat(api(client(), fromSecond, "/api/residents/signed-by-the-second")).isEqualTo(HttpStatus.OK);
        }
    }

    @Test
    void onlyPlatformAdministratorsRevokeAndOnlyKeysThatExist() {
        String username = StaffSessions.uniqueUsername("revoke-agent");
        StaffSessions sessions = new StaffSessions(client());
        sessions.create(adminToken(), username, List.of("CS_SUPERVISOR"), List.of("c-1"));
        String supervisor = (String) sessions.login(username, StaffSessions.PASSWORD).get("accessToken");
        String kid = keyRing.signingKey().getKeyID();

        assertProblem(revoke(client(), supervisor, kid), HttpStatus.FORBIDDEN, "forbidden");
        assertProblem(client().post().uri("/auth/admin/keys/{kid}/revoke", kid).exchange(),
                HttpStatus.UNAUTHORIZED, "unauthorized");
        assertProblem(revoke(client(), adminToken(), "no-such-kid"), HttpStatus.NOT_FOUND, "not-found")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("no-such-kid"));
        assertThat(keyRing.signingKey().getKeyID()).as("refused attempts change nothing").isEqualTo(kid);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static WebTestClient.ResponseSpec revoke(WebTestClient client, String token, String kid) {
        return client.post().uri("/auth/admin/keys/{kid}/revoke", kid).headers(h -> h.setBearerAuth(token))
                .exchange();
    }

    private static HttpStatus api(WebTestClient client, String token, String path) {
        return HttpStatus.valueOf(client.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange()
                .returnResult(Void.class).getStatus().value());
    }

    private List<Map<?, ?>> keyViews(String token) {
        List<?> keys = client().get().uri("/auth/admin/keys").headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
        return keys.stream().<Map<?, ?>>map(Map.class::cast).toList();
    }

    private static List<String> publishedKids(WebTestClient client) {
        String json = client.get().uri("/.well-known/jwks.json").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        try {
            return JWKSet.parse(json).getKeys().stream().map(key -> key.getKeyID()).toList();
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String kid(String token) {
        try {
            return SignedJWT.parse(token).getHeader().getKeyID();
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(String token) {
        try {
            return SignedJWT.parse(token).getJWTClaimsSet().getSubject();
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
