package com.estate.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.estate.platform.testapp.PlatformTestApp;
import com.estate.testsupport.SharedInfrastructureInitializer;
import com.estate.testsupport.SharedInfrastructure;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Two instances of one application on one database, each with the same job on a fast timer under a lock held at
 * least a second: every run is recorded in the database under the instant its lock was taken, so the record shows
 * how often the job really ran, across both, and who ran it. Each test has a database of its own.
 */
class ScheduledJobOnTwoInstancesTest {

    final String database = "scheduling-test-" + System.nanoTime();
    static final Duration PERIOD = Duration.ofSeconds(1);

    final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    final MongoClient client = MongoClients.create(SharedInfrastructure.get().mongoUri());

    @Configuration(proxyBeanMethods = false)
    static class Job {

        @Bean
        CountingJob countingJob(MongoTemplate mongo, @Value("${test.instance}") String instance) {
            return new CountingJob(mongo, instance);
        }
    }

    /** Every replica ticks every 100 ms; the lock lets one run per second. */
    public static class CountingJob {

        private final MongoTemplate mongo;
        private final String instance;

        CountingJob(MongoTemplate mongo, String instance) {
            this.mongo = mongo;
            this.instance = instance;
        }

        @Scheduled(fixedRate = 100)
        @SchedulerLock(name = "counting-job", lockAtLeastFor = "PT1S", lockAtMostFor = "PT10S")
        public void run() {
            Document lock = mongo.getCollection(MongoLockProvider.COLLECTION)
                    .find(new Document("_id", "counting-job")).first();
            // keyed by the acquisition: a second run under one acquisition would be a duplicate key
            mongo.getCollection("job_runs").insertOne(new Document("_id", lock.getDate("lockedAt"))
                    .append("instance", instance));
        }
    }

    record Run(Instant lockedAt, String instance) {
    }

    ConfigurableApplicationContext start(String instance) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(PlatformTestApp.class, Job.class)
                .web(WebApplicationType.NONE)
                .initializers(new SharedInfrastructureInitializer())
                .run("--spring.mongodb.database=" + database, "--test.instance=" + instance,
                        "--app.outbox.poller-enabled=false");
        instances.add(context);
        return context;
    }

    @AfterEach
    void stop() {
        instances.forEach(ConfigurableApplicationContext::close);
        client.close();
    }

    @Test
    void theJobRunsOncePerPeriodOnOneInstanceAndTheOtherTakesOverWhenItStops() {
        ConfigurableApplicationContext a = start("a");
        ConfigurableApplicationContext b = start("b");
        MongoCollection<Document> runs = client.getDatabase(database).getCollection("job_runs");

        await().atMost(Duration.ofSeconds(60)).until(() -> runs(runs).size() >= 4);
        assertOncePerPeriod(runs(runs));

        String stopped = runs(runs).getLast().instance();
        (stopped.equals("a") ? a : b).close();
        Instant stoppedAt = Instant.now();
        String survivor = stopped.equals("a") ? "b" : "a";

        await().atMost(Duration.ofSeconds(60))
                .until(() -> runs(runs).stream().filter(run -> run.lockedAt().isAfter(stoppedAt)).count() >= 3);
        List<Run> afterStop = runs(runs).stream().filter(run -> run.lockedAt().isAfter(stoppedAt)).toList();
        assertThat(afterStop).extracting(Run::instance).containsOnly(survivor);
        assertOncePerPeriod(runs(runs));
    }

    @Test
    void theOutboxSweepRunsOnOneInstanceAndKeepsTheOthersOutForMostOfItsInterval() {
        start("a");
        start("b");
        MongoCollection<Document> locks = client.getDatabase(database).getCollection(MongoLockProvider.COLLECTION);

        // each instance's timer fires poll-interval (5 s) after its start; the first takes the lock for at most
        // 55 minutes and, once swept, releases it to lock-at-least-for: 50 minutes after it was taken
        await().atMost(Duration.ofSeconds(60)).until(() -> heldFor(locks, "outbox-sweep"),
                held -> Duration.ofMinutes(50).equals(held));
    }

    static Duration heldFor(MongoCollection<Document> locks, String name) {
        Document lock = locks.find(new Document("_id", name)).first();
        return lock == null ? null
                : Duration.between(lock.getDate("lockedAt").toInstant(), lock.getDate("lockUntil").toInstant());
    }

    /** Ticking ten times a period on each instance, yet never two runs within one period. */
    static void assertOncePerPeriod(List<Run> runs) {
        for (int i = 1; i < runs.size(); i++) {
            Duration gap = Duration.between(runs.get(i - 1).lockedAt(), runs.get(i).lockedAt());
            assertThat(gap).as("between run %d and %d of %s", i - 1, i, runs).isGreaterThanOrEqualTo(PERIOD);
        }
    }

    static List<Run> runs(MongoCollection<Document> runs) {
        List<Run> all = new ArrayList<>();
        runs.find().sort(new Document("_id", 1))
                .forEach(run -> all.add(new Run(run.getDate("_id").toInstant(), run.getString("instance"))));
        return all;
    }
}
