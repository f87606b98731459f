package com.estate.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import com.estate.gateway.GatewayIntegrationTest;
import com.jayway.jsonpath.JsonPath;

class LoginTest extends GatewayIntegrationTest {

    @Test
    void loginAnswersABearerTokenThatIsNotCached() {
        client().post().uri("/auth/login")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "admin", "password", adminPassword()))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().cacheControl(org.springframework.http.CacheControl.noStore())
                .expectBody()
                .jsonPath("$.accessToken").isNotEmpty()
                .jsonPath("$.tokenType").isEqualTo("Bearer")
                .jsonPath("$.expiresIn").isEqualTo((int) security.accessTokenTtl().toSeconds());
    }

    @Test
    void usernameIgnoresCaseAndSurroundingBlanks() {
        assertThat(login("  ADMIN ", adminPassword())).isNotBlank();
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSame401Problem() {
        String wrongPassword = loginFailure("admin", "not-the-password");
        String unknownUser = loginFailure("nobody-" + System.nanoTime(), adminPassword());

        assertThat(wrongPassword).isEqualTo(unknownUser);
    }

    @Test
    void malformedJsonIsA400Problem() {
        assertProblem(client().post().uri("/auth/login")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\": \"admin\", ")
                .exchange(), HttpStatus.BAD_REQUEST, "malformed_request");
    }

    @Test
    void missingBodyIsA400Problem() {
        assertProblem(client().post().uri("/auth/login")
                .contentType(MediaType.APPLICATION_JSON)
                .exchange(), HttpStatus.BAD_REQUEST, "malformed_request");
    }

    @Test
    void wrongJsonTypesAreA400Problem() {
        assertProblem(client().post().uri("/auth/login")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\": {\"$ne\": null}, \"password\": [1]}")
                .exchange(), HttpStatus.BAD_REQUEST, "malformed_request");
    }

    @Test
    void blankFieldsAreA400ValidationProblemListingEachField() {
        assertProblem(client().post().uri("/auth/login")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", " "))
                .exchange(), HttpStatus.BAD_REQUEST, "validation")
                .jsonPath("$.errors[?(@.field == 'username')]").exists()
                .jsonPath("$.errors[?(@.field == 'password')]").exists();
    }

    @Test
    void otherContentTypesAreA415Problem() {
        assertProblem(client().post().uri("/auth/login")
                .contentType(MediaType.TEXT_PLAIN)
                .bodyValue("admin:secret")
                .exchange(), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type");
    }

    @Test
    void getOnLoginIsA405Problem() {
        var response = client().get().uri("/auth/login").exchange();
        response.expectHeader().valueEquals("Allow", "POST");
        assertProblem(response, HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed");
    }

    @Test
    void aStaleTokenDoesNotBreakLogin() {
        client().post().uri("/auth/login")
                .header("Authorization", "Bearer expired.or.garbage")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "admin", "password", adminPassword()))
                .exchange()
                .expectStatus().isOk();
    }

    /** Returns the problem's detail after checking it is the 401 login problem. */
    private String loginFailure(String username, String password) {
        var response = client().post().uri("/auth/login")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", password))
                .exchange();
        byte[] body = assertProblem(response, HttpStatus.UNAUTHORIZED, "invalid_credentials")
                .returnResult().getResponseBody();
        return JsonPath.read(new String(body, StandardCharsets.UTF_8), "$.detail");
    }
}
