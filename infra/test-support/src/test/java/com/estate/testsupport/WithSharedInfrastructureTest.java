package com.estate.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/** src/test/resources/application.properties points elsewhere on purpose: the shared values must win. */
@SpringBootTest
@WithSharedInfrastructure
class WithSharedInfrastructureTest {

    @Autowired
    Environment environment;

    @Test
    void pointsTheApplicationAtTheSharedInfrastructureAndTokens() {
        SharedInfrastructure infra = SharedInfrastructure.get();
        assertThat(environment.getProperty("spring.mongodb.uri")).isEqualTo(infra.mongoUri());
        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo(infra.kafkaBootstrapServers());
        assertThat(environment.getProperty("app.security.jwk-set-uri")).isEqualTo(TestTokens.get().jwkSetUri());
        assertThat(environment.getProperty("app.security.issuer")).isEqualTo("estate-gateway");
        assertThat(environment.getProperty("app.security.audience")).isEqualTo("estate-api");
    }

    @Test
    void quietsTheBrokerLoggersByDefault() {
        assertThat(environment.getProperty("logging.level.kafka")).isEqualTo("WARN");
        assertThat(environment.getProperty("logging.level.org.apache.kafka")).isEqualTo("WARN");
    }

    @Nested
    @SpringBootTest(properties = "app.security.audience=another-api")
    class TestPropertiesStillWin {

        @Autowired
        Environment nestedEnvironment;

        @Test
        void overridesTheSharedValue() {
            assertThat(nestedEnvironment.getProperty("app.security.audience")).isEqualTo("another-api");
            assertThat(nestedEnvironment.getProperty("spring.mongodb.uri")).isEqualTo(SharedInfrastructure.get().mongoUri());
        }
    }
}
