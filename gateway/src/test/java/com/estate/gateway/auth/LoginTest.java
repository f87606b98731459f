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
        // full-width letters and an ideographic space, as a Chinese input method types them
        assertThat(login("\u3000ＡＤＭＩＮ", adminPassword())).isNotBlank();
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
                .exchange(), HttpStatus.BAD_REQUEST, "malformed-json");
    }

    @Test
    void missingBodyIsA400Problem() {
        assertProblem(client().post().uri("/auth/login")
                .contentType(MediaType.APPLICATION_JSON)
                .exchange(), HttpStatus.BAD_REQUEST, "missing-body");
    }

    @Test
    void wrongJsonTypesAreA400ValidationProblemNamingTheField() {
        // As in the services: well-formed JSON with a wrong type names the field instead of calling it malformed.
        assertProblem(client().post().uri("/auth/login")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\": {\"$ne\": null}, \"password\": [1]}")
                .exchange(), HttpStatus.BAD_REQUEST, "validation")
                .jsonPath("$.errors[0].field").isEqualTo("username")
                .jsonPath("$.errors[0].message").isEqualTo("应为文本");
    }

    @Test
    void blankFieldsAreA400ValidationProblemListingEachField() {
        assertProblem(client().post().uri("/auth/login")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", " "))
                .exchange(), HttpStatus.BAD_REQUEST, "validation")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("username", "password"))
                .jsonPath("$.errors[?(@.field == 'username')].message").isEqualTo("不能为空")
                .jsonPath("$.errors[?(@.field == 'password')].message").isEqualTo("不能为空");
    }

    @Test
    void fieldMessagesFollowAcceptLanguageToo() {
        client().post().uri("/auth/login")
                .header("Accept-Language", "en-GB,en;q=0.8")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", " ", "password", "x".repeat(201)))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().valueEquals("Content-Language", "en")
                .expectBody()
                .jsonPath("$.code").isEqualTo("validation")
                .jsonPath("$.title").isEqualTo("Invalid request")
                .jsonPath("$.errors[?(@.field == 'username')].message").isEqualTo("must not be blank")
                .jsonPath("$.errors[?(@.field == 'password')].message").isEqualTo("size must be between 0 and 200");
    }

    @Test
    void aFailedLoginSpeaksChineseByDefaultAndEnglishWhenAsked() {
        Map<String, String> wrong = Map.of("username", "admin", "password", "not-the-password");
        client().post().uri("/auth/login").contentType(MediaType.APPLICATION_JSON).bodyValue(wrong)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody()
                .jsonPath("$.title").isEqualTo("用户名或密码错误")
                .jsonPath("$.detail").isEqualTo("用户名或密码不正确，请检查后重试。");
        client().post().uri("/auth/login").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(wrong)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody()
                .jsonPath("$.code").isEqualTo("invalid-credentials")
                .jsonPath("$.title").isEqualTo("Invalid credentials")
                .jsonPath("$.detail").isEqualTo("The username or password is wrong.");
    }

    @Test
    void otherContentTypesAreA415Problem() {
        assertProblem(client().post().uri("/auth/login")
                .contentType(MediaType.TEXT_PLAIN)
                .bodyValue("admin:secret")
                .exchange(), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type");
    }

    @Test
    void getOnLoginIsA405Problem() {
        var response = client().get().uri("/auth/login").exchange();
        response.expectHeader().valueEquals("Allow", "POST");
        assertProblem(response, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed");
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
        byte[] body = assertProblem(response, HttpStatus.UNAUTHORIZED, "invalid-credentials")
                .returnResult().getResponseBody();
        return JsonPath.read(new String(body, StandardCharsets.UTF_8), "$.detail");
    }
}
