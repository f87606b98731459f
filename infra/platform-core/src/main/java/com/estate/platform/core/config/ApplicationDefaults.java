package com.estate.platform.core.config;

import com.estate.contracts.applications.Application;
import com.estate.contracts.applications.Applications;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives an application the port and MongoDB database that the suite's list of applications
 * ({@code contracts/applications.tsv}) declares for its {@code spring.application.name}, at the lowest precedence:
 * its application.yml, the environment ({@code SERVER_PORT}, as ./suite sets it with its port offset) and the
 * command line still win. An application the list does not name gets nothing from here.
 */
public class ApplicationDefaults implements EnvironmentPostProcessor {

    static final String SOURCE = "declared-application";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String name = environment.getProperty("spring.application.name");
        if (name == null) {
            return;
        }
        Applications.declared().named(name).ifPresent(declared ->
                environment.getPropertySources().addLast(new MapPropertySource(SOURCE, defaultsOf(declared))));
    }

    static Map<String, Object> defaultsOf(Application declared) {
        return Map.of("server.port", declared.port(), "spring.mongodb.database", declared.database());
    }
}
