package com.estate.testsupport;

import static org.awaitility.Awaitility.await;

import com.estate.contracts.ContractValidator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A test that reads like the business, in the manner of Spring Modulith's {@code Scenario}: stimulate (an HTTP
 * call, an event sent), then wait for a typed event, checked against its contract, or for a state.
 * <pre>{@code
 * AccountOpened opened = scenario.stimulate(() -> kafka.send("resident.events", unitId, unitRegistered))
 *         .andWaitForEvent("billing.events", "com.estate.billing.account.opened.v1", AccountOpened.class)
 *         .matching(account -> account.unitId().equals(unitId))
 *         .toArrive()
 *         .data();
 * }</pre>
 * Only events published after the stimulus count. A failure says what arrived instead: each record's type, subject
 * and whether it broke its schema.
 */
public final class Scenario {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final ContractValidator CONTRACTS = new ContractValidator();

    private final KafkaTestClient kafka;

    public Scenario(KafkaTestClient kafka) {
        this.kafka = kafka;
    }

    /** What the test does: run when the expectation that follows is complete, so nothing published is missed. */
    public When stimulate(Runnable stimulus) {
        return new When(stimulus);
    }

    /** One event as it was published: the CloudEvents envelope, its data in the test's record, the Kafka record. */
    public record PublishedEvent<T>(JsonNode envelope, T data, ConsumerRecord<String, String> record) {

        public String id() {
            return envelope.path("id").asString();
        }

        public String subject() {
            return envelope.path("subject").asString();
        }
    }

    public final class When {

        private final Runnable stimulus;

        private When(Runnable stimulus) {
            this.stimulus = stimulus;
        }

        /** An event of {@code type} on {@code topic}, its data read into {@code dataType} (unknown fields ignored). */
        public <T> EventExpectation<T> andWaitForEvent(String topic, String type, Class<T> dataType) {
            return new EventExpectation<>(stimulus, topic, type, dataType, data -> true, DEFAULT_TIMEOUT);
        }

        /** Runs the stimulus, then waits until {@code state} satisfies {@code condition}; returns the state. */
        public <T> T andWaitForState(Supplier<T> state, Predicate<T> condition) {
            stimulus.run();
            return await().atMost(DEFAULT_TIMEOUT).pollInterval(Duration.ofMillis(100)).until(state::get, condition);
        }
    }

    public final class EventExpectation<T> {

        private final Runnable stimulus;
        private final String topic;
        private final String type;
        private final Class<T> dataType;
        private final Predicate<T> filter;
        private final Duration timeout;

        private EventExpectation(Runnable stimulus, String topic, String type, Class<T> dataType, Predicate<T> filter,
                Duration timeout) {
            this.stimulus = stimulus;
            this.topic = topic;
            this.type = type;
            this.dataType = dataType;
            this.filter = filter;
            this.timeout = timeout;
        }

        public EventExpectation<T> matching(Predicate<T> condition) {
            return new EventExpectation<>(stimulus, topic, type, dataType, filter.and(condition), timeout);
        }

        public EventExpectation<T> within(Duration limit) {
            return new EventExpectation<>(stimulus, topic, type, dataType, filter, limit);
        }

        /**
         * Runs the stimulus and returns the first event of the type whose data matches; it must be valid against
         * its contract (infra/contracts) when the type has one.
         *
         * @throws AssertionError listing what arrived instead, when none matched in time
         */
        public PublishedEvent<T> toArrive() {
            List<String> arrived = new ArrayList<>();
            try (KafkaTestClient.Tail tail = kafka.tailFromNow(topic)) {
                stimulus.run();
                long deadline = System.nanoTime() + timeout.toNanos();
                do {
                    for (ConsumerRecord<String, String> record : tail.poll()) {
                        PublishedEvent<T> event = read(record, arrived);
                        if (event != null) {
                            return event;
                        }
                    }
                } while (System.nanoTime() < deadline);
            }
            throw new AssertionError("no " + type + " on " + topic + " matched within " + timeout + "; arrived "
                    + arrived.size() + ":" + arrived.stream().map(line -> "\n  " + line).collect(Collectors.joining()));
        }

        private PublishedEvent<T> read(ConsumerRecord<String, String> record, List<String> arrived) {
            JsonNode envelope;
            try {
                envelope = JSON.readTree(record.value());
            } catch (RuntimeException notJson) {
                arrived.add("not JSON, key " + record.key());
                return null;
            }
            String recordType = envelope.path("type").asString();
            String subject = envelope.path("subject").asString();
            if (!type.equals(recordType)) {
                arrived.add(recordType + " " + subject);
                return null;
            }
            if (ContractValidator.hasSchemaFor(type)) {
                List<String> violations = CONTRACTS.violations(record.value());
                if (!violations.isEmpty()) {
                    throw new AssertionError(type + " " + subject + " breaks its contract: " + violations);
                }
            }
            T data = JSON.treeToValue(envelope.path("data"), dataType);
            if (Objects.isNull(data) || !filter.test(data)) {
                arrived.add(recordType + " " + subject + " (did not match)");
                return null;
            }
            return new PublishedEvent<>(envelope, data, record);
        }
    }
}
