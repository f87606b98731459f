package com.estate.gateway.routing;

import com.estate.contracts.applications.Application;
import com.estate.contracts.applications.Applications;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Writes the gateway's routes from the suite's list of applications ({@code contracts/applications.tsv}), so a new
 * service is one line there and not a route, an API-document route, a Swagger UI entry and a URL setting here.
 * For each service: a route of its paths to {@code ${app.services.<key>}}, a GET-only route of
 * {@code /v3/api-docs/<name>} to its OpenAPI document, its entry in Swagger UI's selector, and the default of its
 * URL, {@code http://127.0.0.1:<port>}. They are written as the properties application.yml would hold, at the
 * lowest precedence: the environment ({@code APP_SERVICES_RESIDENT}, ...) overrides a URL, and routes configured
 * anywhere else replace these as a whole (Spring binds a list from one source only).
 */
public class ServiceRoutes implements EnvironmentPostProcessor {

    static final String SOURCE = "declared-service-routes";
    static final String ROUTES = "spring.cloud.gateway.server.webflux.routes";
    static final String SWAGGER_URLS = "springdoc.swagger-ui.urls";
    static final String GATEWAY_API_DOCS = "/v3/api-docs/gateway";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(
                new MapPropertySource(SOURCE, properties(Applications.declared().services())));
    }

    static Map<String, Object> properties(List<Application> services) {
        Map<String, Object> properties = new LinkedHashMap<>();
        int route = 0;
        for (Application service : services) {
            String url = "${app.services." + service.serviceKey() + "}";
            properties.put("app.services." + service.serviceKey(), "http://127.0.0.1:" + service.port());
            if (!service.routes().isEmpty()) {
                String prefix = ROUTES + "[" + route++ + "]";
                properties.put(prefix + ".id", service.name());
                properties.put(prefix + ".uri", url);
                properties.put(prefix + ".predicates[0]", "Path=" + String.join(",", service.routes()));
            }
        }
        // The documents' routes come after every service's paths, so no service route can shadow them.
        for (Application service : services) {
            String prefix = ROUTES + "[" + route++ + "]";
            String document = "/v3/api-docs/" + service.name();
            properties.put(prefix + ".id", service.name() + "-api-docs");
            properties.put(prefix + ".uri", "${app.services." + service.serviceKey() + "}");
            properties.put(prefix + ".predicates[0]", "Path=" + document);
            properties.put(prefix + ".predicates[1]", "Method=GET");
            properties.put(prefix + ".filters[0]", "RewritePath=" + document + ", /v3/api-docs");
        }
        properties.put(SWAGGER_URLS + "[0].name", "gateway");
        properties.put(SWAGGER_URLS + "[0].url", GATEWAY_API_DOCS);
        for (int i = 0; i < services.size(); i++) {
            properties.put(SWAGGER_URLS + "[" + (i + 1) + "].name", services.get(i).name());
            properties.put(SWAGGER_URLS + "[" + (i + 1) + "].url", "/v3/api-docs/" + services.get(i).name());
        }
        return properties;
    }
}
