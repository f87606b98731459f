package com.estate.gateway.apidocs;

import java.util.Set;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The gateway's own part of the API surface, listed in Swagger UI as {@code gateway} beside the services'
 * documents: log-in (password and one-time code), refresh, log-out, staff and key administration,
 * {@code /api/me} and the JWKS (which paths: {@code springdoc.paths-to-match}; where: {@code springdoc.api-docs.path},
 * {@code /v3/api-docs/gateway}, so the services' {@code /v3/api-docs/<service>} routes stay free). The endpoints
 * that take a bearer token say so; the log-in endpoints do not. With an external identity provider only
 * {@code /api/me} is left.
 */
@Configuration(proxyBeanMethods = false)
class GatewayApiDocs {

    private static final String BEARER = "bearer";
    private static final Set<String> OPEN = Set.of("/auth/login", "/auth/otp", "/auth/login/otp", "/auth/refresh",
            "/auth/logout", "/.well-known/jwks.json");

    @Bean
    OpenApiCustomizer gatewayDocument() {
        return openApi -> {
            openApi.info(new Info().title("gateway").version("1")
                    .description("Log-in, tokens and who the caller is. Errors are RFC 9457 problem documents "
                            + "(application/problem+json)."));
            openApi.components((openApi.getComponents() == null ? new Components() : openApi.getComponents())
                    .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                            .scheme("bearer").bearerFormat("JWT")));
            if (openApi.getPaths() != null) {
                openApi.getPaths().forEach((path, item) -> {
                    if (!OPEN.contains(path)) {
                        requireBearer(item);
                    }
                });
            }
        };
    }

    private static void requireBearer(PathItem item) {
        item.readOperations().forEach(operation -> operation.addSecurityItem(new SecurityRequirement().addList(BEARER)));
    }
}
