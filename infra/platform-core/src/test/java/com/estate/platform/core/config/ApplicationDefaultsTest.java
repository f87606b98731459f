package com.estate.platform.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ApplicationDefaultsTest {

    private final ApplicationDefaults defaults = new ApplicationDefaults();

    @Test
    void aDeclaredApplicationGetsItsPortAndDatabase() {
        StandardEnvironment environment = environmentWith(Map.of("spring.application.name", "billing-service"));

        defaults.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("server.port")).isEqualTo("8084");
        assertThat(environment.getProperty("spring.mongodb.database")).isEqualTo("billing");
    }

    @Test
    void whatTheApplicationOrTheEnvironmentSaysWins() {
        StandardEnvironment environment = environmentWith(Map.of("spring.application.name", "billing-service",
                "server.port", "9184"));

        defaults.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("server.port")).isEqualTo("9184");
        assertThat(environment.getProperty("spring.mongodb.database")).isEqualTo("billing");
    }

    @Test
    void anApplicationTheListDoesNotNameGetsNothing() {
        StandardEnvironment environment = environmentWith(Map.of("spring.application.name", "report-service"));

        defaults.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getPropertySources().contains(ApplicationDefaults.SOURCE)).isFalse();
    }

    private static StandardEnvironment environmentWith(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
