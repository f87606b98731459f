package com.estate.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class SecurityPropertiesTest {

    @Test
    void theJwkSetIsCachedForThirtySecondsByDefault() {
        assertThat(bind(Map.of()).jwkSetCacheTtl()).isEqualTo(Duration.ofSeconds(30));
        assertThat(bind(Map.of("app.security.jwk-set-cache-ttl", "5s")).jwkSetCacheTtl())
                .isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aCacheLifespanOfZeroIsRefused() {
        assertThatThrownBy(() -> bind(Map.of("app.security.jwk-set-cache-ttl", "0s")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("jwk-set-cache-ttl");
    }

    private static SecurityProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("app.security", SecurityProperties.class);
    }
}
