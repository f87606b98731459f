package com.estate.resident.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.estate.platform.security.Caller;
import com.estate.contracts.identity.Role;
import com.estate.resident.ResidentServiceApplication;
import com.estate.resident.community.Communities;
import com.estate.resident.unit.persistence.UnitDocument;
import com.estate.testsupport.KafkaTestClient;
import com.estate.testsupport.SharedInfrastructure;
import com.estate.testsupport.TestPiiKeys;
import com.estate.testsupport.TestTokens;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The process dies after the unit and its event were written and before anything was published. A new process
 * publishes the event, and the topic holds it exactly once.
 */
class OutboxCrashTest {

    private final KafkaTestClient kafka = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrapServers());
    private final Caller admin = new Caller("admin", Set.of(Role.PLATFORM_ADMIN), Set.of(), null, Set.of());

    private ConfigurableApplicationContext start(String... overrides) {
        var infrastructure = SharedInfrastructure.get();
        List<String> args = new ArrayList<>(List.of("--spring.mongodb.uri=" + infrastructure.mongoUri(),
                "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                "--app.security.jwk-set-uri=" + TestTokens.get().jwkSetUri(),
                "--spring.mongodb.database=resident-crash-test"));
        TestPiiKeys.properties().forEach((name, value) -> args.add("--" + name + "=" + value));
        Arrays.stream(overrides).map(o -> "--" + o).forEach(args::add);
        return new SpringApplicationBuilder(ResidentServiceApplication.class).web(WebApplicationType.NONE)
                .run(args.toArray(String[]::new));
    }

    @Test
    void anEventWrittenBeforeACrashIsPublishedOnceByTheNextProcess() {
        String unitId;
        try (ConfigurableApplicationContext doomed = start("app.outbox.immediate=false",
                "app.outbox.poller-enabled=false")) {
            var community = doomed.getBean(Communities.class)
                    .register("Crash court " + System.nanoTime(), null).value();
            unitId = doomed.getBean(Units.class)
                    .register(admin, community.id(), "9", "9-901", new BigDecimal("101.25")).value().id();
            UnitDocument stored = doomed.getBean(MongoTemplate.class).findById(unitId, UnitDocument.class);
            assertThat(stored.getOutbox()).hasSize(1);
        }
        String id = unitId;
        assertThat(kafka.readAll("resident.events", Duration.ofSeconds(2)))
                .noneMatch(r -> id.equals(r.key()));

        try (ConfigurableApplicationContext next = start("app.outbox.poll-interval=200ms",
                "app.outbox.poll-grace=0s")) {
            kafka.await("resident.events", r -> id.equals(r.key()), Duration.ofSeconds(30));
            MongoTemplate mongo = next.getBean(MongoTemplate.class);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> mongo.findById(id, UnitDocument.class).getOutbox().isEmpty());
            // the poller passes every 200 ms: the two seconds of reading see about ten more, none publishes it again
            assertThat(kafka.readAll("resident.events", Duration.ofSeconds(2)).stream()
                    .filter(r -> id.equals(r.key()))).hasSize(1);
        }
    }
}
