package com.estate.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.platform.testapp.PlatformTestApp;
import com.estate.testsupport.WithSharedInfrastructure;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Sequences on the MongoDB stand-in under contention: every number of a scope handed out exactly once, none
 * skipped, also when the first callers race to create the counter; scopes count on their own.
 */
@SpringBootTest(classes = PlatformTestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "app.web.max-body-size=1KB")
@WithSharedInfrastructure
class SequencesTest {

    private static final int THREADS = 16;
    private static final int PER_THREAD = 50;

    @Autowired
    Sequences sequences;

    @Test
    void sixteenThreadsDrawingFromANewScopeGetOneToEightHundredEachOnce() throws Exception {
        String scope = "test:" + UUID.randomUUID();
        ConcurrentLinkedQueue<Long> drawn = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> workers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    start.await(); // all at once, so the first calls race to create the counter
                    for (int i = 0; i < PER_THREAD; i++) {
                        drawn.add(sequences.next(scope));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> worker : workers) {
                worker.get();
            }
        }

        assertThat(drawn).hasSize(THREADS * PER_THREAD);
        assertThat(drawn.stream().sorted().toList())
                .isEqualTo(LongStream.rangeClosed(1, THREADS * PER_THREAD).boxed().toList());
        assertThat(sequences.next(scope)).isEqualTo(THREADS * PER_THREAD + 1);
    }

    @Test
    void eachScopeCountsFromOne() {
        String first = "test:" + UUID.randomUUID();
        String second = "test:" + UUID.randomUUID();
        assertThat(sequences.next(first)).isEqualTo(1);
        assertThat(sequences.next(first)).isEqualTo(2);
        assertThat(sequences.next(second)).isEqualTo(1);
        assertThat(sequences.next(first)).isEqualTo(3);
    }
}
