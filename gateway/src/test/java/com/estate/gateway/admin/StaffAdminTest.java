package com.estate.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.estate.gateway.GatewayIntegrationTest;
import com.estate.testsupport.TestTokens;
import com.estate.gateway.support.StaffSessions;
import com.jayway.jsonpath.JsonPath;

/** Staff administration with real tokens: who may use it, and what each operation does to logins and tokens. */
class StaffAdminTest extends GatewayIntegrationTest {

    private StaffSessions sessions;
    private String admin;

    @BeforeEach
    void logInAsAdmin() {
        sessions = new StaffSessions(client());
        admin = adminToken();
    }

    @Test
    void withoutATokenIs401() {
        var response = client().get().uri("/auth/admin/users").exchange();
        response.expectHeader().valueEquals("WWW-Authenticate", "Bearer");
        assertProblem(response, HttpStatus.UNAUTHORIZED, "unauthorized");
    }

    @Test
    void aForgedPlatformAdminTokenIs401() {
        String forged = tokens().sign(TestTokens.newRsaKey(keyRing.signingKey().getKeyID()),
                claims -> claims.claim("roles", List.of("PLATFORM_ADMIN")));
        assertProblem(as(forged).get().uri("/auth/admin/users").exchange(), HttpStatus.UNAUTHORIZED, "unauthorized");
        assertProblem(as(tokens().unsigned(keyRing.signingKey().getKeyID())).get().uri("/auth/admin/users").exchange(),
                HttpStatus.UNAUTHORIZED, "unauthorized");
    }

    @Test
    void staffWithoutPlatformAdminGet403() {
        String username = StaffSessions.uniqueUsername("supervisor");
        sessions.create(admin, username, List.of("CS_SUPERVISOR", "DIRECTOR"), List.of("c-1"));
        String token = (String) sessions.login(username, StaffSessions.PASSWORD).get("accessToken");

        assertProblem(as(token).get().uri("/auth/admin/users").exchange(), HttpStatus.FORBIDDEN, "forbidden");
        assertProblem(as(token).post().uri("/auth/admin/users").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "sneaky", "password", StaffSessions.PASSWORD,
                        "roles", List.of("PLATFORM_ADMIN"), "communities", List.of()))
                .exchange(), HttpStatus.FORBIDDEN, "forbidden");
    }

    @Test
    void aCreatedAccountLogsInWithItsRolesAndCommunitiesAndNoHashIsEverShown() {
        String username = StaffSessions.uniqueUsername("New.Agent");
        byte[] created = as(admin).post().uri("/auth/admin/users").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", StaffSessions.PASSWORD,
                        "roles", List.of("CS_AGENT", "TECHNICIAN"), "communities", List.of("c-7", "c-9")))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().value("Location", location -> assertThat(location).startsWith("/auth/admin/users/"))
                .expectBody()
                .jsonPath("$.id").isNotEmpty()
                .jsonPath("$.username").isEqualTo(username.toLowerCase())
                .jsonPath("$.roles").isEqualTo(List.of("CS_AGENT", "TECHNICIAN"))
                .jsonPath("$.communities").isEqualTo(List.of("c-7", "c-9"))
                .jsonPath("$.enabled").isEqualTo(true)
                .returnResult().getResponseBody();
        String json = new String(created, StandardCharsets.UTF_8);
        assertThat(json).doesNotContainIgnoringCase("password").doesNotContain("$2");
        String id = JsonPath.read(json, "$.id");

        String token = (String) sessions.login(username, StaffSessions.PASSWORD).get("accessToken");
        String claims = TestTokens.payloadJson(token);
        assertThat((String) JsonPath.read(claims, "$.sub")).isEqualTo(id);
        assertThat((List<String>) JsonPath.read(claims, "$.roles")).containsExactly("CS_AGENT", "TECHNICIAN");
        assertThat((List<String>) JsonPath.read(claims, "$.communities")).containsExactly("c-7", "c-9");

        String fetched = new String(as(admin).get().uri("/auth/admin/users/{id}", id).exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody(), StandardCharsets.UTF_8);
        assertThat(fetched).doesNotContainIgnoringCase("password").doesNotContain("$2");
    }

    @Test
    void aDuplicateUsernameIs409EvenInAnotherCase() {
        String username = StaffSessions.uniqueUsername("dup");
        sessions.create(admin, username, List.of("FINANCE"), List.of());

        assertProblem(as(admin).post().uri("/auth/admin/users").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", " " + username.toUpperCase() + " ", "password", StaffSessions.PASSWORD,
                        "roles", List.of("FINANCE"), "communities", List.of()))
                .exchange(), HttpStatus.CONFLICT, "duplicate");
    }

    /** A Chinese input method types full-width Latin letters; they name the same account as the ASCII ones. */
    @Test
    void aFullWidthDuplicateUsernameIs409AndLogsInToo() {
        String username = StaffSessions.uniqueUsername("wide");
        sessions.create(admin, username, List.of("FINANCE"), List.of());
        String fullWidth = "\u3000" + username.toUpperCase().chars()
                .map(c -> c > 0x20 && c < 0x7F ? c + 0xFEE0 : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + " ";

        assertProblem(as(admin).post().uri("/auth/admin/users").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", fullWidth, "password", StaffSessions.PASSWORD,
                        "roles", List.of("FINANCE"), "communities", List.of()))
                .exchange(), HttpStatus.CONFLICT, "duplicate");
        assertThat(sessions.login(fullWidth, StaffSessions.PASSWORD).get("accessToken")).isNotNull();
    }

    @Test
    void weakPasswordsAre400() {
        String username = StaffSessions.uniqueUsername("weak");
        for (String weak : List.of("Short-1", "onlyletterslongenough", "x".repeat(70) + "-é" + "1",
                username + "-1234")) {
            assertProblem(create(username, weak, List.of("FINANCE")), HttpStatus.BAD_REQUEST, "weak-password")
                    .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("12"));
        }
    }

    @Test
    void invalidRequestsAre400Problems() {
        String username = StaffSessions.uniqueUsername("invalid");
        assertProblem(create(username, StaffSessions.PASSWORD, List.of("RESIDENT")), HttpStatus.BAD_REQUEST,
                "validation");
        assertProblem(create(username, StaffSessions.PASSWORD, List.of("KING")), HttpStatus.BAD_REQUEST,
                "validation").jsonPath("$.errors[0].field").value(String.class,
                        field -> assertThat(field).startsWith("roles"));
        assertProblem(create(username, StaffSessions.PASSWORD, List.of()), HttpStatus.BAD_REQUEST, "validation")
                .jsonPath("$.errors[0].field").isEqualTo("roles");
        assertProblem(create("bad name!", StaffSessions.PASSWORD, List.of("FINANCE")), HttpStatus.BAD_REQUEST,
                "validation").jsonPath("$.errors[0].field").isEqualTo("username");
    }

    @Test
    void theListIsPagedAndCapped() {
        sessions.create(admin, StaffSessions.uniqueUsername("page-a"), List.of("SECURITY"), List.of());
        sessions.create(admin, StaffSessions.uniqueUsername("page-b"), List.of("SECURITY"), List.of());

        byte[] first = as(admin).get().uri("/auth/admin/users?page=0&size=2").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(2)
                .jsonPath("$.page").isEqualTo(0)
                .jsonPath("$.size").isEqualTo(2)
                .returnResult().getResponseBody();
        String page = new String(first, StandardCharsets.UTF_8);
        assertThat(page).doesNotContainIgnoringCase("password");
        assertThat(((Number) JsonPath.read(page, "$.total")).longValue()).isGreaterThanOrEqualTo(3);
        List<String> names = JsonPath.read(page, "$.items[*].username");
        assertThat(names).isSorted();
        String second = new String(as(admin).get().uri("/auth/admin/users?page=1&size=2").exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody(), StandardCharsets.UTF_8);
        List<String> next = JsonPath.read(second, "$.items[*].username");
        assertThat(next).doesNotContainAnyElementsOf(names);

        // a parameter the list does not know is ignored, not refused
        as(admin).get().uri("/auth/admin/users?page=0&size=2&no-such-parameter=1").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(2);
        assertProblem(as(admin).get().uri("/auth/admin/users?size=101").exchange(), HttpStatus.BAD_REQUEST,
                "validation");
        assertProblem(as(admin).get().uri("/auth/admin/users?page=-1").exchange(), HttpStatus.BAD_REQUEST,
                "validation");
    }

    @Test
    void aPageNumberWhoseOffsetOverflowsIs400NamingPage() {
        for (String query : List.of("page=2147483647&size=2", "page=1073741824&size=2", "page=21474837&size=100")) {
            assertProblem(as(admin).get().uri("/auth/admin/users?" + query).exchange(), HttpStatus.BAD_REQUEST,
                    "validation")
                    .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("page"));
        }
    }

    @Test
    void anAdministratorUnlocksAnAccountLockedAtOneAddressAndEverywhere() {
        String username = StaffSessions.uniqueUsername("unlock");
        String id = (String) sessions.create(admin, username, List.of("CS_AGENT"), List.of()).get("id");
        // Five wrong passwords from each of four addresses: locked at each, and (twenty in all) everywhere.
        for (String address : List.of("127.0.0.1", "127.0.0.2", "127.0.0.3", "127.0.0.4")) {
            StaffSessions from = new StaffSessions(client(address));
            for (int i = 0; i < 5; i++) {
                from.loginAttempt(username, "Wrong-password-" + i).expectStatus().isUnauthorized();
            }
        }
        sessions.loginAttempt(username, StaffSessions.PASSWORD).expectStatus().isUnauthorized();
        new StaffSessions(client("127.0.0.5")).loginAttempt(username, StaffSessions.PASSWORD)
                .expectStatus().isUnauthorized();

        as(admin).post().uri("/auth/admin/users/{id}/unlock", id).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo(id)
                .jsonPath("$.enabled").isEqualTo(true);

        assertThat(sessions.login(username, StaffSessions.PASSWORD).get("accessToken")).isNotNull();
        assertThat(new StaffSessions(client("127.0.0.5")).login(username, StaffSessions.PASSWORD)
                .get("accessToken")).isNotNull();
    }

    @Test
    void onlyAPlatformAdministratorUnlocksAndOnlyExistingAccounts() {
        String username = StaffSessions.uniqueUsername("not-admin");
        String id = (String) sessions.create(admin, username, List.of("CS_SUPERVISOR"), List.of()).get("id");
        String token = (String) sessions.login(username, StaffSessions.PASSWORD).get("accessToken");

        assertProblem(client().post().uri("/auth/admin/users/{id}/unlock", id).exchange(), HttpStatus.UNAUTHORIZED,
                "unauthorized");
        assertProblem(as(token).post().uri("/auth/admin/users/{id}/unlock", id).exchange(), HttpStatus.FORBIDDEN,
                "forbidden");
        assertProblem(as(admin).post().uri("/auth/admin/users/no-such-id/unlock").exchange(), HttpStatus.NOT_FOUND,
                "not-found")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("no-such-id"));
    }

    @Test
    void aDisabledAccountCannotLogInUntilEnabledAgain() {
        String username = StaffSessions.uniqueUsername("toggle");
        String id = (String) sessions.create(admin, username, List.of("CS_AGENT"), List.of()).get("id");

        as(admin).post().uri("/auth/admin/users/{id}/disable", id).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.enabled").isEqualTo(false);
        assertProblem(sessions.loginAttempt(username, StaffSessions.PASSWORD), HttpStatus.UNAUTHORIZED,
                "invalid-credentials");

        as(admin).post().uri("/auth/admin/users/{id}/enable", id).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.enabled").isEqualTo(true);
        assertThat(sessions.login(username, StaffSessions.PASSWORD).get("accessToken")).isNotNull();
    }

    @Test
    void changedRolesAndCommunitiesAreInTheNextToken() {
        String username = StaffSessions.uniqueUsername("promote");
        String id = (String) sessions.create(admin, username, List.of("CS_AGENT"), List.of("c-1")).get("id");

        as(admin).patch().uri("/auth/admin/users/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("roles", List.of("CS_SUPERVISOR"))).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.roles").isEqualTo(List.of("CS_SUPERVISOR"))
                .jsonPath("$.communities").isEqualTo(List.of("c-1"));
        as(admin).patch().uri("/auth/admin/users/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("communities", List.of("c-2", "c-3"))).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.roles").isEqualTo(List.of("CS_SUPERVISOR"))
                .jsonPath("$.communities").isEqualTo(List.of("c-2", "c-3"));

        String claims = TestTokens.payloadJson(
                (String) sessions.login(username, StaffSessions.PASSWORD).get("accessToken"));
        assertThat((List<String>) JsonPath.read(claims, "$.roles")).containsExactly("CS_SUPERVISOR");
        assertThat((List<String>) JsonPath.read(claims, "$.communities")).containsExactly("c-2", "c-3");

        assertProblem(as(admin).patch().uri("/auth/admin/users/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("roles", List.of("RESIDENT"))).exchange(), HttpStatus.BAD_REQUEST, "validation");
    }

    @Test
    void anUnknownAccountIs404() {
        assertProblem(as(admin).get().uri("/auth/admin/users/no-such-id").exchange(), HttpStatus.NOT_FOUND,
                "not-found");
        assertProblem(as(admin).post().uri("/auth/admin/users/no-such-id/disable").exchange(), HttpStatus.NOT_FOUND,
                "not-found");
        assertProblem(as(admin).patch().uri("/auth/admin/users/no-such-id").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("communities", List.of())).exchange(), HttpStatus.NOT_FOUND, "not-found");
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        String self = JsonPath.read(TestTokens.payloadJson(admin), "$.sub");

        assertProblem(as(admin).post().uri("/auth/admin/users/{id}/disable", self).exchange(), HttpStatus.CONFLICT,
                "self-lockout");
        assertProblem(as(admin).patch().uri("/auth/admin/users/{id}", self).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("roles", List.of("DIRECTOR"))).exchange(), HttpStatus.CONFLICT, "self-lockout");

        // Still an enabled administrator; keeping the role while adding another is fine.
        as(admin).get().uri("/auth/admin/users/{id}", self).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.enabled").isEqualTo(true)
                .jsonPath("$.roles").isEqualTo(List.of("PLATFORM_ADMIN"));
    }

    @Test
    void anotherAdministratorCanBeDisabledAndThenCannotAdminister() {
        String username = StaffSessions.uniqueUsername("second-admin");
        String id = (String) sessions.create(admin, username, List.of("PLATFORM_ADMIN"), List.of()).get("id");
        String secondToken = (String) sessions.login(username, StaffSessions.PASSWORD).get("accessToken");
        as(secondToken).get().uri("/auth/admin/users").exchange().expectStatus().isOk();

        as(admin).patch().uri("/auth/admin/users/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("roles", List.of("DIRECTOR"))).exchange()
                .expectStatus().isOk();
        String demotedToken = (String) sessions.login(username, StaffSessions.PASSWORD).get("accessToken");

        assertProblem(as(demotedToken).get().uri("/auth/admin/users").exchange(), HttpStatus.FORBIDDEN, "forbidden");
    }

    private WebTestClient.ResponseSpec create(String username, String password, List<String> roles) {
        return as(admin).post().uri("/auth/admin/users").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", password, "roles", roles,
                        "communities", List.of()))
                .exchange();
    }

    private WebTestClient as(String token) {
        return client().mutate().defaultHeaders(h -> h.setBearerAuth(token)).build();
    }
}
