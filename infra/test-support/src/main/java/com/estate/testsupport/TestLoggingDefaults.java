package com.estate.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Default log levels for every Spring Boot test that has test-support on its classpath: the broker shares the
 * test JVM, and its INFO chatter would bury the test's own output. Added with the lowest precedence, so any
 * {@code logging.level.*} in the service's configuration or test properties wins.
 */
public final class TestLoggingDefaults implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY_SOURCE_NAME = "estateTestLoggingDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(PROPERTY_SOURCE_NAME)) {
            return;
        }
        Map<String, Object> levels = new LinkedHashMap<>();
        for (String logger : TestLogging.CHATTY_LOGGERS) {
            levels.put("logging.level." + logger, "WARN");
        }
        environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, levels));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
