package com.estate.gateway.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import com.estate.gateway.GatewayIntegrationTest;
import com.estate.gateway.support.StubBackend;
import com.estate.gateway.support.StubBackend.RecordedRequest;

/**
 * One API surface at the edge: Swagger UI and each service's OpenAPI document, without a token, and nothing
 * else under those paths.
 */
class ApiDocsTest extends GatewayIntegrationTest {

    private static final List<String> SERVICES = List.of("resident-service", "workorder-service",
            "complaint-service", "billing-service", "activity-service");

    @ParameterizedTest
    @ValueSource(strings = {"resident-service", "complaint-service", "billing-service", "activity-service"})
    void eachServicesDocumentIsRoutedToItsOwnApiDocsWithoutAToken(String service) {
        client().get().uri("/v3/api-docs/" + service)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.service").isEqualTo(service)
                .jsonPath("$.path").isEqualTo("/v3/api-docs");

        RecordedRequest seen = StubBackend.shared(service).request("/v3/api-docs");
        assertThat(seen).isNotNull();
        assertThat(seen.method()).isEqualTo("GET");
        assertThat(seen.uri()).isEqualTo("/v3/api-docs");
    }

    @Test
    void aServiceThatIsDownIsA503ProblemNotAHang() {
        assertProblem(client().get().uri("/v3/api-docs/workorder-service").exchange(),
                HttpStatus.SERVICE_UNAVAILABLE, "unavailable");
    }

    @Test
    void swaggerUiConfigListsEveryService() {
        Map<?, ?> config = client().get().uri("/v3/api-docs/gateway/swagger-config")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(config).isNotNull();
        assertThat(config.get("urls.primaryName")).isEqualTo("resident-service");
        List<?> urls = (List<?>) config.get("urls");
        List<String> documents = new java.util.ArrayList<>(SERVICES);
        documents.add("gateway");
        assertThat(urls).extracting(url -> (Object) ((Map<?, ?>) url).get("name"))
                .containsExactlyInAnyOrderElementsOf(documents);
        assertThat(urls).extracting(url -> (Object) ((Map<?, ?>) url).get("url"))
                .containsExactlyInAnyOrderElementsOf(documents.stream().map(name -> "/v3/api-docs/" + name)
                        .toList());
    }

    @Test
    void theGatewaysOwnDocumentDescribesLogInAndSaysWhichEndpointsNeedAToken() {
        Map<?, ?> document = client().get().uri("/v3/api-docs/gateway")
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(document).isNotNull();
        Map<?, ?> paths = (Map<?, ?>) document.get("paths");
        assertThat(paths.keySet().stream().map(Object::toString).toList()).contains("/auth/login", "/auth/otp", "/auth/login/otp", "/auth/refresh",
                "/auth/logout", "/auth/admin/users", "/auth/admin/keys", "/api/me");
        assertThat(operation(paths, "/auth/login", "post")).doesNotContainKey("security");
        assertThat(operation(paths, "/auth/admin/users", "post")).containsKey("security");
        assertThat(operation(paths, "/api/me", "get")).containsKey("security");
        assertThat(paths.keySet()).noneMatch(path -> path.toString().startsWith("/actuator"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> operation(Map<?, ?> paths, String path, String method) {
        return (Map<String, Object>) ((Map<?, ?>) paths.get(path)).get(method);
    }

    @Test
    void swaggerUiPageLoadsWithoutAToken() {
        URI location = client().get().uri("/swagger-ui.html")
                .exchange()
                .expectStatus().is3xxRedirection()
                .returnResult(String.class).getResponseHeaders().getLocation();
        assertThat(location).isNotNull();
        assertThat(location.getPath()).isEqualTo("/swagger-ui/index.html");

        String page = client().get().uri(location.getPath())
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals(SwaggerUiContentSecurityPolicy.HEADER,
                        SwaggerUiContentSecurityPolicy.POLICY)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("swagger-ui-bundle.js", "swagger-initializer.js");

        // The page's own scripts come from the gateway too, and point Swagger UI at the config listing the services.
        String initializer = client().get().uri("/swagger-ui/swagger-initializer.js")
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(initializer).contains("/v3/api-docs/gateway/swagger-config").doesNotContain("petstore");
        client().get().uri("/swagger-ui/swagger-ui-bundle.js").exchange().expectStatus().isOk();
    }

    @Test
    void theStrictPolicyIsOnlyOnSwaggerUi() {
        client().get().uri("/v3/api-docs/resident-service").exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist(SwaggerUiContentSecurityPolicy.HEADER);
    }

    @Test
    void unknownDocumentsAreNotServed() {
        assertProblem(client().get().uri("/v3/api-docs/unknown").exchange(), HttpStatus.NOT_FOUND, "not-found");
        assertProblem(client().get().uri("/v3/api-docs").exchange(), HttpStatus.NOT_FOUND, "not-found");
        assertProblem(client().get().uri("/v3/api-docs/resident-service/more").exchange(), HttpStatus.NOT_FOUND,
                "not-found");
    }

    @Test
    void documentsAreReadOnly() {
        var response = client().post().uri("/v3/api-docs/resident-service")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange();
        assertProblem(response, HttpStatus.NOT_FOUND, "not-found");
    }
}
