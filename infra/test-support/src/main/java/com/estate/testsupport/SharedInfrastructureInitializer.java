package com.estate.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;

/**
 * Sets {@code spring.mongodb.uri}, {@code spring.kafka.bootstrap-servers}, {@code app.security.*} and
 * {@code app.pii.*} from {@link SharedInfrastructure}, {@link TestTokens} and {@link TestPiiKeys}. They sit just above system properties and environment
 * variables (so a developer's exported SPRING_MONGODB_URI can never point a test at a running suite) and below
 * the test's own properties ({@code @SpringBootTest(properties)}, {@code @TestPropertySource},
 * {@code @DynamicPropertySource}), which can still override them.
 */
public final class SharedInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PROPERTY_SOURCE_NAME = "estateSharedInfrastructure";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        MutablePropertySources sources = context.getEnvironment().getPropertySources();
        if (sources.contains(PROPERTY_SOURCE_NAME)) {
            return;
        }
        MapPropertySource shared = new MapPropertySource(PROPERTY_SOURCE_NAME, properties());
        if (sources.contains(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME)) {
            sources.addBefore(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, shared);
        } else {
            sources.addFirst(shared);
        }
    }

    static Map<String, Object> properties() {
        // generating the RSA key takes about a second: overlap it with starting the broker
        CompletableFuture<TestTokens> pendingTokens = CompletableFuture.supplyAsync(TestTokens::get);
        SharedInfrastructure infrastructure = SharedInfrastructure.get();
        TestTokens tokens;
        try {
            tokens = pendingTokens.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.mongodb.uri", infrastructure.mongoUri());
        properties.put("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
        properties.put("app.security.jwk-set-uri", tokens.jwkSetUri());
        properties.put("app.security.issuer", tokens.issuer());
        properties.put("app.security.audience", tokens.audience());
        properties.putAll(TestPiiKeys.properties());
        return properties;
    }
}
