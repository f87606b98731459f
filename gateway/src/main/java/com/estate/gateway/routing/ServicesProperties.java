package com.estate.gateway.routing;

import java.net.URI;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Base URLs of the services behind the gateway ({@code APP_SERVICES_RESIDENT}, ...). The routes in
 * application.yml refer to these same properties; binding them here as well makes a missing or malformed URL
 * fail the start instead of the first request.
 */
@Validated
@ConfigurationProperties("app.services")
public record ServicesProperties(
        @NotNull URI resident,
        @NotNull URI workorder,
        @NotNull URI complaint,
        @NotNull URI billing,
        @NotNull URI activity) {
}
