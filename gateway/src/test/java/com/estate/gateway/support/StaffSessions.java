package com.estate.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Drives the real identity endpoints: creates staff accounts as an administrator, logs in, refreshes. */
public final class StaffSessions {

    /** Meets the password policy. */
    public static final String PASSWORD = "Correct-horse-42";

    private final WebTestClient client;

    public StaffSessions(WebTestClient client) {
        this.client = client;
    }

    /** A unique username, so tests never share an account (or its lockout counter). */
    public static String uniqueUsername(String prefix) {
        return prefix + "-" + System.nanoTime();
    }

    /** Creates an account through {@code POST /auth/admin/users} and returns its view (id, username, ...). */
    public Map<?, ?> create(String adminToken, String username, List<String> roles, List<String> communities) {
        Map<?, ?> body = client.post().uri("/auth/admin/users")
                .headers(h -> h.setBearerAuth(adminToken))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", PASSWORD, "roles", roles,
                        "communities", communities))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(body).isNotNull();
        return body;
    }

    /** Logs in and returns the whole token response (accessToken, refreshToken, ...). */
    public Map<?, ?> login(String username, String password) {
        Map<?, ?> body = client.post().uri("/auth/login")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", password))
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(body).isNotNull();
        return body;
    }

    public WebTestClient.ResponseSpec refresh(String refreshToken) {
        return client.post().uri("/auth/refresh")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("refreshToken", refreshToken))
                .exchange();
    }

    public WebTestClient.ResponseSpec logout(String refreshToken) {
        return client.post().uri("/auth/logout")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("refreshToken", refreshToken))
                .exchange();
    }

    public WebTestClient.ResponseSpec loginAttempt(String username, String password) {
        return client.post().uri("/auth/login")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", password))
                .exchange();
    }
}
