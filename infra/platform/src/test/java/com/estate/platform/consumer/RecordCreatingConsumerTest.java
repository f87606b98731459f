package com.estate.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.estate.platform.events.CloudEvent;
import com.estate.platform.testapp.PlatformTestApp;
import com.estate.platform.testapp.Sample;
import com.estate.testsupport.WithSharedInfrastructure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/** One record per event and purpose, however often and however concurrently the event is delivered. */
@SpringBootTest(classes = PlatformTestApp.class, properties = "app.outbox.poller-enabled=false")
@WithSharedInfrastructure
class RecordCreatingConsumerTest {

    private static final String PURPOSE = "sample-record";

    @Autowired
    RecordCreatingConsumer consumer;

    @Autowired
    MongoTemplate mongo;

    @Test
    void theSameEventDeliveredTwiceCreatesOneRecord() {
        CloudEvent event = event();
        String name = "record-" + UUID.randomUUID();

        assertThat(consumer.create(event, PURPOSE, Sample.class, id -> sample(id, name))).isTrue();
        assertThat(consumer.create(event, PURPOSE, Sample.class, id -> sample(id, name))).isFalse();

        assertThat(mongo.count(query(where("name").is(name)), Sample.class)).isOne();
        assertThat(mongo.findById(DerivedIds.of(PURPOSE, event.id()), Sample.class).name).isEqualTo(name);
    }

    @Test
    void theSameEventDeliveredConcurrentlyCreatesOneRecord() throws Exception {
        CloudEvent event = event();
        String name = "record-" + UUID.randomUUID();
        int deliveries = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int i = 0; i < deliveries; i++) {
            tasks.add(() -> {
                start.await();
                return consumer.create(event, PURPOSE, Sample.class, id -> sample(id, name));
            });
        }
        List<Boolean> created = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(deliveries)) {
            List<Future<Boolean>> results = tasks.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<Boolean> result : results) {
                created.add(result.get());
            }
        }

        assertThat(created).containsOnlyOnce(true).hasSize(deliveries);
        assertThat(mongo.count(query(where("name").is(name)), Sample.class)).isOne();
    }

    @Test
    void createOrFindAnswersTheRecordTheFirstDeliveryStored() {
        CloudEvent event = event();
        String name = "record-" + UUID.randomUUID();

        Sample first = consumer.createOrFind(event, PURPOSE, Sample.class, id -> sample(id, name));
        Sample again = consumer.createOrFind(event, PURPOSE, Sample.class, id -> sample(id, "another-" + name));

        assertThat(first.name).isEqualTo(name);
        assertThat(again.id).isEqualTo(first.id);
        assertThat(again.name).as("the stored record, not the copy built for the redelivery").isEqualTo(name);
    }

    @Test
    void anotherPurposeOrAnotherEventMakesAnotherRecord() {
        CloudEvent event = event();
        String first = DerivedIds.of(PURPOSE, event.id());

        assertThat(consumer.create(event, "other-purpose", Sample.class, id -> sample(id, "a-" + id))).isTrue();
        assertThat(consumer.create(event(), PURPOSE, Sample.class, id -> sample(id, "b-" + id))).isTrue();
        assertThat(DerivedIds.of(PURPOSE, event.id())).isEqualTo(first).isNotEqualTo(DerivedIds.of("other-purpose",
                event.id()));
    }

    @Test
    void aClashOnAnotherUniqueKeyIsAConflictNotARedelivery() {
        String name = "record-" + UUID.randomUUID();
        consumer.create(event(), PURPOSE, Sample.class, id -> sample(id, name));

        CloudEvent other = event();
        assertThatThrownBy(() -> consumer.create(other, PURPOSE, Sample.class, id -> sample(id, name)))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(mongo.findById(DerivedIds.of(PURPOSE, other.id()), Sample.class)).isNull();
    }

    @Test
    void aRecordBuiltUnderAnotherIdIsRefused() {
        assertThatThrownBy(() -> consumer.create(event(), PURPOSE, Sample.class,
                id -> sample(UUID.randomUUID().toString(), "stray-" + UUID.randomUUID())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("derived id");
    }

    private static Sample sample(String id, String name) {
        Sample sample = new Sample();
        sample.id = id;
        sample.name = name;
        return sample;
    }

    private static CloudEvent event() {
        return new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), "/platform-test",
                "com.estate.test.sample.requested.v1", "s-1", Instant.now(), "application/json",
                "urn:estate:schemas:com.estate.test.sample.requested.v1", "c-1", null, null);
    }
}
