package com.estate.gateway.keys;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import com.estate.gateway.security.ConditionalOnBuiltInIssuer;

@Configuration(proxyBeanMethods = false)
@ConditionalOnBuiltInIssuer
@EnableConfigurationProperties(KeyRotationProperties.class)
@EnableScheduling // KeyRotation's periodic refresh
class KeysConfiguration {

    /**
     * Loaded while the context starts, blocking the main thread: nothing can be served before the keys are
     * known, and failing the start is better than answering 401 to every request.
     */
    @Bean
    KeyRing keyRing(KeyRingLoader loader, Clock clock) {
        KeySchedule schedule = loader.load().block(Duration.ofSeconds(60));
        if (schedule == null) {
            throw new IllegalStateException("No signing key could be loaded");
        }
        return new KeyRing(schedule, clock);
    }
}
