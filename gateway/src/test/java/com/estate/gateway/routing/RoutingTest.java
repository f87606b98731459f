package com.estate.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import com.estate.gateway.GatewayIntegrationTest;
import com.estate.gateway.support.StubBackend;
import com.estate.gateway.support.StubBackend.RecordedRequest;

class RoutingTest extends GatewayIntegrationTest {

    private String token;

    @BeforeEach
    void logIn() {
        token = adminToken();
    }

    @ParameterizedTest
    @CsvSource({
            "/api/communities, resident-service",
            "/api/units, resident-service",
            "/api/residents, resident-service",
            "/api/complaints, complaint-service",
            "/api/billing, billing-service",
            "/api/bills, billing-service",
            "/api/activities, activity-service",
            "/api/announcements, activity-service",
            "/api/notifications, activity-service"})
    void eachAreaGoesToItsService(String area, String service) {
        String path = area + "/" + UUID.randomUUID();

        client().get().uri(path + "?page=2").headers(h -> h.setBearerAuth(token))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.service").isEqualTo(service)
                .jsonPath("$.path").isEqualTo(path);

        RecordedRequest seen = StubBackend.shared(service).request(path);
        assertThat(seen).isNotNull();
        assertThat(seen.uri()).isEqualTo(path + "?page=2");
    }

    @Test
    void theServiceGetsTheTokenButNeverClientSuppliedIdentityHeaders() {
        String path = "/api/residents/" + UUID.randomUUID();

        client().get().uri(path)
                .headers(h -> h.setBearerAuth(token))
                .header("X-User-Id", "someone-else")
                .header("x-user-roles", "PLATFORM_ADMIN")
                .header("X-USER-COMMUNITIES", "c-1")
                .exchange()
                .expectStatus().isOk();

        RecordedRequest seen = RESIDENT.request(path);
        assertThat(seen.header("Authorization")).isEqualTo("Bearer " + token);
        assertThat(seen.headers().keySet()).noneMatch(name -> name.toLowerCase().startsWith("x-user-"));
    }

    @Test
    void aRequestIdIsAddedWhenMissingAndEchoed() {
        String path = "/api/units/" + UUID.randomUUID();

        String echoed = client().get().uri(path).headers(h -> h.setBearerAuth(token))
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");

        assertThat(echoed).isNotBlank();
        assertThat(RESIDENT.request(path).header("X-Request-Id")).isEqualTo(echoed);
    }

    @Test
    void aClientRequestIdIsKeptWhenSaneAndReplacedOtherwise() {
        String kept = "/api/units/" + UUID.randomUUID();
        client().get().uri(kept).headers(h -> h.setBearerAuth(token)).header("X-Request-Id", "desk-42.a")
                .exchange().expectHeader().valueEquals("X-Request-Id", "desk-42.a");
        assertThat(RESIDENT.request(kept).header("X-Request-Id")).isEqualTo("desk-42.a");

        String replaced = "/api/units/" + UUID.randomUUID();
        client().get().uri(replaced).headers(h -> h.setBearerAuth(token)).header("X-Request-Id", "bad id <script>")
                .exchange().expectStatus().isOk();
        assertThat(RESIDENT.request(replaced).header("X-Request-Id")).matches("[0-9a-f-]{36}");
    }

    @Test
    void theServiceJoinsTheAppsTraceOrOneTheGatewayStarts() {
        String continued = "/api/units/" + UUID.randomUUID();
        client().get().uri(continued).headers(h -> h.setBearerAuth(token))
                .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .exchange().expectStatus().isOk();
        assertThat(RESIDENT.request(continued).header("traceparent"))
                .matches("00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01")
                .isNotEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");

        String started = "/api/units/" + UUID.randomUUID();
        String answered = client().get().uri(started).headers(h -> h.setBearerAuth(token))
                .header("traceparent", "forged")
                .exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("traceparent");
        assertThat(RESIDENT.request(started).header("traceparent")).isEqualTo(answered)
                .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    }

    @Test
    void bodiesAndMethodsAreRelayed() {
        String path = "/api/complaints/" + UUID.randomUUID();

        client().post().uri(path).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"subject\":\"noise\"}")
                .exchange()
                .expectStatus().isOk();

        RecordedRequest seen = COMPLAINT.request(path);
        assertThat(seen.method()).isEqualTo("POST");
        assertThat(seen.body()).isEqualTo("{\"subject\":\"noise\"}");
        assertThat(seen.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void internalPathsOfTheServicesAreNeverRouted() {
        // /internal/clock moves a service's business time in end-to-end tests: only on the service's own port
        assertProblem(client().post().uri("/internal/clock").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"offset\":\"P90D\"}")
                .exchange(), HttpStatus.NOT_FOUND, "not-found");

        assertThat(Stream.of(RESIDENT, COMPLAINT, BILLING, ACTIVITY)
                .map(service -> service.request("/internal/clock"))).containsOnlyNulls();
    }

    @Test
    void aServiceThatIsDownIsA503Problem() {
        assertProblem(client().get().uri("/api/work-orders/" + UUID.randomUUID()).headers(h -> h.setBearerAuth(token))
                .exchange(), HttpStatus.SERVICE_UNAVAILABLE, "unavailable")
                .jsonPath("$.detail").isEqualTo("服务 workorder-service 暂不可用，请稍后再试。");
    }
}
