package com.estate.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.platform.testapp.PlatformTestApp;
import com.estate.testsupport.TestHttp;
import com.estate.testsupport.TestHttp.Answer;
import com.estate.testsupport.WithSharedInfrastructure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What every service's OpenAPI document says, read over real HTTP without a token, as the gateway's Swagger UI
 * reads it. Same configuration as ProblemResponsesTest, so both share one application context.
 */
@SpringBootTest(classes = PlatformTestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "app.web.max-body-size=1KB")
@WithSharedInfrastructure
class OpenApiDocumentTest {

    @LocalServerPort
    int port;

    JsonNode document;

    @BeforeEach
    void readTheDocumentWithoutAToken() {
        Answer answer = new TestHttp(port).send("GET", "/v3/api-docs", null, null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        document = answer.json();
    }

    @Test
    void isTitledWithTheApplicationName() {
        assertThat(document.path("openapi").asString()).startsWith("3.");
        assertThat(document.path("info").path("title").asString()).isEqualTo("platform-test");
        assertThat(document.path("info").path("version").asString()).isNotBlank();
    }

    @Test
    void describesTheServicesOperations() {
        JsonNode samples = document.path("paths").path("/api/samples");
        assertThat(samples.path("post").isObject()).as(samples.toString()).isTrue();
        assertThat(samples.path("get").isObject()).isTrue();
        assertThat(document.path("paths").path("/api/samples/{id}").path("get").isObject()).isTrue();
    }

    @Test
    void requiresABearerTokenEverywhere() {
        JsonNode scheme = document.path("components").path("securitySchemes").path(OpenApiAutoConfiguration.BEARER);
        assertThat(scheme.path("type").asString()).isEqualTo("http");
        assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
        assertThat(scheme.path("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(document.path("security")).hasSize(1);
        assertThat(document.path("security").get(0).has(OpenApiAutoConfiguration.BEARER)).isTrue();
    }

    @Test
    void sendsTryItOutThroughWhateverHostServedTheDocument() {
        assertThat(document.path("servers")).hasSize(1);
        assertThat(document.path("servers").get(0).path("url").asString()).isEqualTo("/");
    }

    @Test
    void theCallerComesFromTheTokenAndIsNoParameter() {
        JsonNode create = document.path("paths").path("/api/samples").path("post");
        // The operation that declares a Caller still documents its body: only the Caller is left out.
        assertThat(create.path("requestBody").isObject()).as(create.toString()).isTrue();
        assertThat(parameterNames(document)).isNotEmpty().noneMatch(name -> name.equalsIgnoreCase("caller"));
        assertThat(document.path("components").path("schemas").has("Caller")).isFalse();
    }

    @Test
    void everyOperationDocumentsTheProblemBodyOfItsErrors() {
        List<JsonNode> operations = new ArrayList<>();
        document.path("paths").forEach(path -> path.forEach(operations::add));
        assertThat(operations).hasSizeGreaterThanOrEqualTo(5).allSatisfy(operation -> assertThat(operation
                .path("responses").path("default").path("content").path("application/problem+json").path("schema")
                .path("$ref").asString()).isEqualTo("#/components/schemas/Problem"));
        JsonNode problem = document.path("components").path("schemas").path("Problem");
        assertThat(problem.path("properties").propertyNames())
                .contains("type", "title", "status", "detail", "code", "errors");
    }

    @Test
    void documentsTheHeadersOfConditionalAndIdempotentRequests() {
        JsonNode patch = document.path("paths").path("/api/samples/{id}").path("patch");
        JsonNode ifMatch = parameter(patch, "If-Match");
        assertThat(ifMatch.path("in").asString()).as(patch.toString()).isEqualTo("header");
        assertThat(ifMatch.path("required").asBoolean()).isTrue();
        JsonNode command = document.path("paths").path("/api/samples/commands").path("post");
        JsonNode key = parameter(command, "Idempotency-Key");
        assertThat(key.path("in").asString()).as(command.toString()).isEqualTo("header");
        assertThat(key.path("required").asBoolean()).isFalse();
        assertThat(parameterNames(document)).noneMatch(name -> name.equalsIgnoreCase("ifMatch"));
    }

    private static JsonNode parameter(JsonNode operation, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("name").asString().equals(name)) {
                return parameter;
            }
        }
        return operation.path("no such parameter"); // a missing node: its assertions fail
    }

    @Test
    void leavesActuatorAndTheErrorPageOut() {
        document.path("paths").propertyNames().forEach(path -> assertThat(path).doesNotStartWith("/actuator"));
        assertThat(document.path("paths").has("/error")).isFalse();
    }

    /** The name of every parameter of every operation. */
    private static List<String> parameterNames(JsonNode document) {
        List<String> names = new ArrayList<>();
        document.path("paths").forEach(path -> path.forEach(operation ->
                operation.path("parameters").forEach(parameter -> names.add(parameter.path("name").asString()))));
        return names;
    }
}
