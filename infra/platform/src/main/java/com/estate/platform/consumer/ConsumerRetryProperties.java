package com.estate.platform.consumer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Retries of a failing listener before its record goes to the dead-letter topic. */
@ConfigurationProperties("app.kafka.retry")
public record ConsumerRetryProperties(
        @DefaultValue("4") int maxAttempts,
        @DefaultValue("200ms") Duration initialInterval,
        @DefaultValue("2.0") double multiplier,
        @DefaultValue("5s") Duration maxInterval) {
}
