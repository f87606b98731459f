package com.estate.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScenarioTest {

    private static final String TOPIC = "activity.events";
    private static final String TOUCHED = "com.estate.test.sample.touched.v1";

    final KafkaTestClient kafka = new KafkaTestClient();
    final Scenario scenario = new Scenario(kafka);

    /** The test's own record of the fields it reads; the event has more. */
    record Touched(String sampleId, int round) {
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void theFirstMatchingEventPublishedAfterTheStimulusArrivesTyped() {
        String id = UUID.randomUUID().toString();
        kafka.send(TOPIC, id, event(TOUCHED, id, 1)); // before the stimulus: does not count

        Scenario.PublishedEvent<Touched> seen = scenario.stimulate(() -> {
                    kafka.send(TOPIC, id, event("com.estate.test.sample.other.v1", id, 2));
                    kafka.send(TOPIC, id, event(TOUCHED, "someone-else", 3));
                    kafka.send(TOPIC, id, event(TOUCHED, id, 4));
                })
                .andWaitForEvent(TOPIC, TOUCHED, Touched.class)
                .matching(touched -> touched.sampleId().equals(id))
                .toArrive();

        assertThat(seen.data()).isEqualTo(new Touched(id, 4));
        assertThat(seen.subject()).isEqualTo(id);
        assertThat(seen.record().topic()).isEqualTo(TOPIC);
    }

    @Test
    void whenNothingMatchesTheFailureSaysWhatArrivedInstead() {
        String id = UUID.randomUUID().toString();
        assertThatThrownBy(() -> scenario.stimulate(() -> kafka.send(TOPIC, id, event("com.estate.test.sample.other.v1", id, 1)))
                .andWaitForEvent(TOPIC, TOUCHED, Touched.class)
                .within(Duration.ofSeconds(2))
                .toArrive())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no " + TOUCHED)
                .hasMessageContaining("com.estate.test.sample.other.v1 " + id);
    }

    @Test
    void anEventThatBreaksItsContractFailsTheScenario() {
        String id = UUID.randomUUID().toString();
        String broken = """
            {"specversion":"1.0","id":"%s","source":"/billing-service","type":"com.estate.billing.account.opened.v1",
             "subject":"%s","time":"2026-11-26T08:00:00Z","datacontenttype":"application/json",
             "dataschema":"urn:estate:schemas:com.estate.billing.account.opened.v1","data":{"accountId":"%s"}}
            """.formatted(UUID.randomUUID(), id, id);
        assertThatThrownBy(() -> scenario.stimulate(() -> kafka.send("billing.events", id, broken))
                .andWaitForEvent("billing.events", "com.estate.billing.account.opened.v1", Touched.class)
                .within(Duration.ofSeconds(10))
                .toArrive())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("breaks its contract");
    }

    @Test
    void aStateIsWaitedForAfterTheStimulus() {
        AtomicInteger counter = new AtomicInteger();
        int reached = scenario.stimulate(() -> Thread.ofVirtual().start(() -> {
                    for (int i = 0; i < 5; i++) {
                        counter.incrementAndGet();
                    }
                }))
                .andWaitForState(counter::get, value -> value == 5);
        assertThat(reached).isEqualTo(5);
    }

    private static String event(String type, String sampleId, int round) {
        return """
            {"specversion":"1.0","id":"%s","source":"/test","type":"%s","subject":"%s","time":"2026-11-26T08:00:00Z",
             "datacontenttype":"application/json","data":{"sampleId":"%s","round":%d,"extra":"ignored"}}
            """.formatted(UUID.randomUUID(), type, sampleId, sampleId, round);
    }
}
