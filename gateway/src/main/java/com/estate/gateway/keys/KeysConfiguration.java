package com.estate.gateway.keys;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class KeysConfiguration {

    /**
     * Loaded while the context starts, blocking the main thread: nothing can be served before the keys are
     * known, and failing the start is better than answering 401 to every request.
     */
    @Bean
    KeyRing keyRing(KeyRingLoader loader) {
        KeyRing ring = loader.load().block(Duration.ofSeconds(60));
        if (ring == null) {
            throw new IllegalStateException("No signing key could be loaded");
        }
        return ring;
    }
}
