package com.estate.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

import com.estate.gateway.GatewayIntegrationTest;
import com.estate.gateway.accounts.StaffAccount;
import com.estate.gateway.support.PasswordChecks;
import com.estate.gateway.support.StaffSessions;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Guesses sent all at once get no more tries than guesses sent one after another. */
class ConcurrentGuessesTest extends GatewayIntegrationTest {

    private static final int BURST = 25;

    @Autowired
    private ReactiveMongoTemplate mongo;

    @Autowired
    private LoginProperties properties;

    @Test
    void aBurstOfParallelWrongPasswordsReachesThePasswordOnlyAsOftenAsTheLimitAllowsAndLocksTheAccount() {
        StaffSessions sessions = new StaffSessions(client());
        String username = StaffSessions.uniqueUsername("burst");
        String id = (String) sessions.create(adminToken(), username, List.of("CS_AGENT"), List.of()).get("id");
        String hash = mongo.findById(id, StaffAccount.class).block(Duration.ofSeconds(10)).passwordHash();

        WebClient web = WebClient.create("http://127.0.0.1:" + port);
        List<Integer> statuses = Flux.range(0, BURST)
                .flatMap(i -> web.post().uri("/auth/login").contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("username", username, "password", "Wrong-password-" + i))
                        .exchangeToMono(response -> Mono.just(response.statusCode().value())), BURST)
                .collectList()
                .block(Duration.ofSeconds(120));

        assertThat(statuses).hasSize(BURST).containsOnly(401);
        assertThat(PasswordChecks.against(hash)).as("guesses compared with the real password")
                .isEqualTo(properties.maxFailures());

        // The right password now is refused, and not even compared.
        assertProblem(sessions.loginAttempt(username, StaffSessions.PASSWORD), HttpStatus.UNAUTHORIZED,
                "invalid-credentials");
        assertThat(PasswordChecks.against(hash)).isEqualTo(properties.maxFailures());
    }
}
