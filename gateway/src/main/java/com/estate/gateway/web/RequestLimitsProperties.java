package com.estate.gateway.web;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.routes.max-body-size}: the largest request body the gateway accepts on any route (413
 * {@code body-too-large} beyond it), checked before the body is read or forwarded.
 */
@Validated
@ConfigurationProperties("app.routes")
public record RequestLimitsProperties(@NotNull DataSize maxBodySize) {
}
