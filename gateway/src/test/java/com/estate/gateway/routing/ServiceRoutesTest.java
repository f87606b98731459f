package com.estate.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.contracts.applications.Application;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceRoutesTest {

    private static final List<Application> SERVICES = List.of(
            new Application("resident-service", 8081, "resident", List.of("resident.events"),
                    List.of("/api/units/**", "/api/residents/**")),
            new Application("report-service", 8090, "report", List.of(), List.of()));

    @Test
    void eachServiceGetsItsPathsItsDocumentAndADefaultUrlFromItsPort() {
        Map<String, Object> properties = ServiceRoutes.properties(SERVICES);

        assertThat(properties).containsEntry("app.services.resident", "http://127.0.0.1:8081")
                .containsEntry("app.services.report", "http://127.0.0.1:8090")
                .containsEntry(ServiceRoutes.ROUTES + "[0].id", "resident-service")
                .containsEntry(ServiceRoutes.ROUTES + "[0].uri", "${app.services.resident}")
                .containsEntry(ServiceRoutes.ROUTES + "[0].predicates[0]", "Path=/api/units/**,/api/residents/**");
    }

    @Test
    void aServiceWithoutPathsHasOnlyItsDocumentRouteAndDocumentsComeAfterEveryServiceRoute() {
        Map<String, Object> properties = ServiceRoutes.properties(SERVICES);

        assertThat(properties).containsEntry(ServiceRoutes.ROUTES + "[1].id", "resident-service-api-docs")
                .containsEntry(ServiceRoutes.ROUTES + "[1].predicates[0]", "Path=/v3/api-docs/resident-service")
                .containsEntry(ServiceRoutes.ROUTES + "[1].predicates[1]", "Method=GET")
                .containsEntry(ServiceRoutes.ROUTES + "[1].filters[0]",
                        "RewritePath=/v3/api-docs/resident-service, /v3/api-docs")
                .containsEntry(ServiceRoutes.ROUTES + "[2].id", "report-service-api-docs")
                .doesNotContainKey(ServiceRoutes.ROUTES + "[3].id");
    }

    @Test
    void swaggerUiListsTheGatewayFirstThenEveryService() {
        Map<String, Object> properties = ServiceRoutes.properties(SERVICES);

        assertThat(properties).containsEntry(ServiceRoutes.SWAGGER_URLS + "[0].name", "gateway")
                .containsEntry(ServiceRoutes.SWAGGER_URLS + "[0].url", "/v3/api-docs/gateway")
                .containsEntry(ServiceRoutes.SWAGGER_URLS + "[1].name", "resident-service")
                .containsEntry(ServiceRoutes.SWAGGER_URLS + "[2].url", "/v3/api-docs/report-service");
    }
}
