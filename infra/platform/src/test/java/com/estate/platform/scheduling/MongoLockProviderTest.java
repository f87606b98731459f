package com.estate.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.testsupport.SharedInfrastructure;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The contract ShedLock's own providers are tested against (its {@code AbstractLockProviderIntegrationTest}, whose
 * test-support jar is not served here for 7.x), run against our provider on the shared MongoDB. Expiry is shown
 * with attempts created in the past, not by waiting.
 */
class MongoLockProviderTest {

    private static final Duration LONG = Duration.ofMinutes(5);

    static final MongoClient client = MongoClients.create(SharedInfrastructure.get().mongoUri());
    final MongoTemplate mongo = new MongoTemplate(client, "lock-provider-test");
    final MongoLockProvider here = new MongoLockProvider(mongo, "replica-a");
    final MongoLockProvider elsewhere = new MongoLockProvider(mongo, "replica-b");
    final String name = "job-" + UUID.randomUUID();

    @AfterAll
    static void close() {
        client.close();
    }

    static LockConfiguration attempt(String name, Instant createdAt, Duration atMost, Duration atLeast) {
        return new LockConfiguration(createdAt, name, atMost, atLeast);
    }

    LockConfiguration now(Duration atMost, Duration atLeast) {
        return attempt(name, ClockProvider.now(), atMost, atLeast);
    }

    @Test
    void aHeldLockIsRefusedEverywhereUntilReleased() {
        Optional<SimpleLock> lock = here.lock(now(LONG, Duration.ZERO));
        assertThat(lock).isPresent();
        assertThat(here.holder(name)).contains("replica-a");
        assertThat(elsewhere.lock(now(LONG, Duration.ZERO))).isEmpty();
        assertThat(here.lock(now(LONG, Duration.ZERO))).as("not re-entrant").isEmpty();

        lock.get().unlock();
        assertThat(here.holder(name)).isEmpty();
        Optional<SimpleLock> again = elsewhere.lock(now(LONG, Duration.ZERO));
        assertThat(again).isPresent();
        again.get().unlock();
    }

    @Test
    void locksOfDifferentNamesDoNotMeet() {
        Optional<SimpleLock> first = here.lock(now(LONG, Duration.ZERO));
        Optional<SimpleLock> other = elsewhere.lock(attempt(name + "-other", ClockProvider.now(), LONG, Duration.ZERO));
        assertThat(first).isPresent();
        assertThat(other).isPresent();
        first.get().unlock();
        other.get().unlock();
    }

    @Test
    void aLockWhoseHolderDiedIsTakenOverOnceItExpires() {
        Instant tenMinutesAgo = ClockProvider.now().minus(Duration.ofMinutes(10));
        // the holder took it ten minutes ago for at most five minutes, and never unlocked (it died)
        assertThat(here.lock(attempt(name, tenMinutesAgo, LONG, Duration.ZERO))).isPresent();
        assertThat(here.holder(name)).isEmpty();

        Optional<SimpleLock> takenOver = elsewhere.lock(now(LONG, Duration.ZERO));
        assertThat(takenOver).isPresent();
        assertThat(here.holder(name)).contains("replica-b");
    }

    @Test
    void lockAtLeastForKeepsAFastJobsLockAfterUnlock() {
        Optional<SimpleLock> lock = here.lock(now(LONG, LONG));
        lock.orElseThrow().unlock();
        assertThat(elsewhere.lock(now(LONG, Duration.ZERO))).as("held until lock-at-least-for").isEmpty();
        assertThat(here.holder(name)).contains("replica-a");
    }

    @Test
    void anExpiredHolderCannotReleaseOrExtendItsSuccessorsLock() {
        Instant tenMinutesAgo = ClockProvider.now().minus(Duration.ofMinutes(10));
        SimpleLock stale = here.lock(attempt(name, tenMinutesAgo, LONG, Duration.ZERO)).orElseThrow();
        SimpleLock successor = elsewhere.lock(now(LONG, Duration.ZERO)).orElseThrow();
        stale.unlock();
        assertThat(here.holder(name)).contains("replica-b");
        successor.unlock();

        String other = name + "-extend";
        SimpleLock staleToo = here.lock(attempt(other, tenMinutesAgo, LONG, Duration.ZERO)).orElseThrow();
        elsewhere.lock(attempt(other, ClockProvider.now(), LONG, Duration.ZERO)).orElseThrow();
        assertThat(staleToo.extend(LONG, Duration.ZERO)).isEmpty();
        assertThat(here.holder(other)).contains("replica-b");
    }

    @Test
    void theHolderExtendsItsLock() {
        SimpleLock lock = here.lock(now(Duration.ofSeconds(30), Duration.ZERO)).orElseThrow();
        Optional<SimpleLock> extended = lock.extend(LONG, Duration.ZERO);
        assertThat(extended).isPresent();
        Instant until = mongo.getCollection(MongoLockProvider.COLLECTION)
                .find(new org.bson.Document("_id", name)).first().getDate("lockUntil").toInstant();
        assertThat(until).isAfter(ClockProvider.now().plus(Duration.ofMinutes(4)));
        assertThat(elsewhere.lock(now(LONG, Duration.ZERO))).isEmpty();
        extended.get().unlock();
        assertThat(elsewhere.lock(now(LONG, Duration.ZERO))).isPresent();
    }

    @Test
    void ofManyReplicasTryingAtOnceExactlyOneGetsTheLock() throws Exception {
        int replicas = 8;
        for (int round = 0; round < 5; round++) {
            String lockName = name + "-" + round;
            List<MongoLockProvider> providers = new ArrayList<>();
            for (int i = 0; i < replicas; i++) {
                providers.add(new MongoLockProvider(mongo, "replica-" + i));
            }
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(replicas);
            try {
                List<Future<Boolean>> results = new ArrayList<>();
                for (MongoLockProvider provider : providers) {
                    Callable<Boolean> attemptLock = () -> {
                        start.await();
                        return provider.lock(attempt(lockName, ClockProvider.now(), LONG, Duration.ZERO)).isPresent();
                    };
                    results.add(pool.submit(attemptLock));
                }
                start.countDown();
                int winners = 0;
                for (Future<Boolean> result : results) {
                    winners += result.get() ? 1 : 0;
                }
                assertThat(winners).as("round %d", round).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
