package com.estate.platform.outbox;

import com.estate.platform.clock.AdjustableClock;
import com.estate.platform.consumer.EventHandler;
import com.estate.platform.consumer.EventRouter;
import com.estate.platform.consumer.IdempotentConsumer;
import com.estate.platform.consumer.RecordCreatingConsumer;
import com.estate.platform.consumer.RecordCreatingHandler;
import com.estate.platform.events.EventReader;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox (publishing side) and the idempotent consumer with its event router (receiving side) of
 * infra/ARCHITECTURE.md §4.
 */
@AutoConfiguration(after = {DataMongoAutoConfiguration.class, KafkaAutoConfiguration.class},
        afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@EnableConfigurationProperties(OutboxProperties.class)
@EnableScheduling
public class EventsAutoConfiguration {

    @Bean
    OutboxEvents outboxEvents(JsonMapper mapper, Clock clock) {
        return new OutboxEvents(mapper, clock);
    }

    @Bean
    OutboxMarkers outboxMarkers(MongoTemplate mongo, Clock clock, OutboxProperties properties,
            Environment environment) {
        // this process, among the replicas that may claim the same marker
        String owner = environment.getRequiredProperty("spring.application.name") + "@" + UUID.randomUUID();
        // leases follow the machine's time, also while business time is moved (AdjustableClock)
        OutboxMarkers markers = new OutboxMarkers(mongo, AdjustableClock.unadjusted(clock), properties, owner);
        markers.createIndexes();
        return markers;
    }

    @Bean
    OutboxBatchInserts outboxBatchInserts(MongoTemplate mongo, OutboxMarkers markers, OutboxRelay relay,
            PublishLanes lanes, OutboxProperties properties) {
        return new OutboxBatchInserts(mongo, markers, relay, lanes, properties);
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, JsonMapper mapper,
            OutboxProperties properties, OutboxMarkers markers, Environment environment) {
        return new OutboxRelay(mongo, kafka, mapper, properties, markers,
                environment.getRequiredProperty("spring.application.name"));
    }

    @Bean
    PublishLanes outboxPublishLanes() {
        return new PublishLanes(4, 10_000);
    }

    @Bean
    OutboxPublishingListener outboxPublishingListener(OutboxRelay relay, OutboxMarkers markers, PublishLanes lanes,
            OutboxProperties properties) {
        return new OutboxPublishingListener(relay, markers, lanes, properties);
    }

    @Bean
    OutboxPoller outboxPoller(MongoTemplate mongo, OutboxRelay relay, OutboxMarkers markers, PublishLanes lanes,
            OutboxProperties properties, MongoMappingContext mappingContext, ObjectProvider<MeterRegistry> meters) {
        OutboxPoller poller = new OutboxPoller(mongo, relay, markers, lanes, properties,
                outboxCollections(mappingContext));
        meters.ifAvailable(registry -> {
            Gauge.builder("outbox.backlog", poller, OutboxPoller::backlog)
                    .description("aggregates whose events are still waiting to be published").register(registry);
            Gauge.builder("outbox.parked", poller, OutboxPoller::parked)
                    .description("aggregates whose events are parked after too many failed publications: alert")
                    .register(registry);
        });
        return poller;
    }

    @Bean
    IdempotentConsumer idempotentConsumer(MongoTemplate mongo) {
        return new IdempotentConsumer(mongo);
    }

    @Bean
    RecordCreatingConsumer recordCreatingConsumer(MongoTemplate mongo) {
        return new RecordCreatingConsumer(mongo);
    }

    @Bean
    EventReader eventReader(JsonMapper mapper) {
        return new EventReader(mapper);
    }

    /** Only in a service that declares handlers: otherwise there is nothing to listen to. */
    @Bean
    @Conditional(HandlersDeclared.class)
    EventRouter eventRouter(ObjectProvider<EventHandler<?, ?>> handlers,
            ObjectProvider<RecordCreatingHandler<?, ?>> creators, IdempotentConsumer consumer,
            RecordCreatingConsumer recordCreatingConsumer, EventReader reader) {
        return new EventRouter(handlers.orderedStream().toList(), creators.orderedStream().toList(), consumer,
                recordCreatingConsumer, reader);
    }

    static class HandlersDeclared extends AnyNestedCondition {

        HandlersDeclared() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(EventHandler.class)
        static class EventHandlers {
        }

        @ConditionalOnBean(RecordCreatingHandler.class)
        static class RecordCreatingHandlers {
        }
    }

    private static Set<String> outboxCollections(MongoMappingContext mappingContext) {
        Set<String> collections = new TreeSet<>();
        for (MongoPersistentEntity<?> entity : mappingContext.getPersistentEntities()) {
            if (AggregateDocument.class.isAssignableFrom(entity.getType())) {
                collections.add(entity.getCollection());
            }
        }
        return collections;
    }
}
