package com.estate.platform.outbox;

import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Projections.include;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The safety net: publishes events left pending longer than the grace period, e.g. because the process died
 * between saving and publishing, or the broker was down. It reads only the {@link OutboxMarkers markers} that are
 * due, so a pass costs in proportion to what is pending, not to the size of the aggregates' collections, and it
 * publishes through the same {@link PublishLanes} as the writes, under the marker's claim. Rarely (at start, then
 * every {@code sweep-interval}) it also looks through every outbox collection for pending events without a
 * marker, e.g. stored before markers existed. Also reports the backlog and the parked aggregates as metrics.
 *
 * <p>The passes over the markers run on every replica (each marker is claimed before publishing, so that is
 * safe and spreads the work); the sweep, which reads whole collections, runs on one replica per interval under a
 * scheduler lock (infra/ARCHITECTURE.md §13).
 */
public class OutboxPoller {

    private static final Logger log = LoggerFactory.getLogger(OutboxPoller.class);
    private static final int BATCH = 200;

    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final OutboxMarkers markers;
    private final PublishLanes lanes;
    private final OutboxProperties properties;
    private final Set<String> collections;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong parked = new AtomicLong();

    public OutboxPoller(MongoTemplate mongo, OutboxRelay relay, OutboxMarkers markers, PublishLanes lanes,
            OutboxProperties properties, Set<String> collections) {
        this.mongo = mongo;
        this.relay = relay;
        this.markers = markers;
        this.lanes = lanes;
        this.properties = properties;
        this.collections = collections;
    }

    @Scheduled(fixedDelayString = "${app.outbox.poll-interval:5s}", initialDelayString = "${app.outbox.poll-interval:5s}")
    public void publishLeftovers() {
        if (properties.pollerEnabled()) {
            pollOnce();
        }
    }

    /**
     * The sweep at start and then every {@code sweep-interval}, on one replica: the lock is held for at least most
     * of the interval, so the replicas' own timers (started at different moments) do not each sweep again.
     */
    @Scheduled(fixedDelayString = "${app.outbox.sweep-interval:1h}", initialDelayString = "${app.outbox.poll-interval:5s}")
    @SchedulerLock(name = "outbox-sweep", lockAtLeastFor = "${app.outbox.sweep-lock-at-least-for:PT50M}",
            lockAtMostFor = "${app.outbox.sweep-lock-at-most-for:PT55M}")
    public void sweepOnOneReplica() {
        if (properties.pollerEnabled()) {
            sweep();
        }
    }

    /**
     * Hands every due marker to its aggregate's lane, {@value #BATCH} at a time: as long as a batch was full (a
     * backlog, e.g. after the broker was down), it waits until the lanes have published it and takes the next one at
     * once, instead of leaving the rest to the next pass {@code poll-interval} later (which capped a drain at
     * 200 aggregates per interval, infra/ARCHITECTURE.md §31). It stops when a batch is not full, a lane's queue is
     * (fresh writes take precedence), or after {@code lease}, so the backlog and parked counts are refreshed at least
     * that often.
     *
     * @return how many aggregates were handed over
     */
    public int pollOnce() {
        int handed = 0;
        long deadline = System.nanoTime() + properties.lease().toNanos();
        boolean more = true;
        while (more) {
            List<OutboxMarkers.Due> due = markers.due(BATCH);
            List<CompletableFuture<Void>> published = new ArrayList<>(due.size());
            more = due.size() == BATCH;
            for (OutboxMarkers.Due marker : due) {
                try {
                    published.add(marker.isBatch()
                            ? lanes.submit(marker.batchKey(), () -> relay.publishBatchLeftovers(marker.batchKey()))
                            : lanes.submit(marker.documentId(),
                                    () -> relay.publishPending(marker.collection(), marker.documentId())));
                    handed++;
                } catch (RejectedExecutionException full) {
                    more = false; // the lanes are busy with fresh writes: the rest waits for the next pass
                    break;
                }
            }
            if (more) {
                more = awaitPublished(published, deadline);
            }
        }
        backlog.set(markers.backlog());
        parked.set(markers.parked());
        return handed;
    }

    /** Whether the lanes published what they were handed before the deadline (else the next pass goes on). */
    private static boolean awaitPublished(List<CompletableFuture<Void>> published, long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return false;
        }
        try {
            CompletableFuture.allOf(published.toArray(CompletableFuture[]::new)).get(left, TimeUnit.NANOSECONDS);
            return System.nanoTime() < deadline;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    /**
     * Marks every aggregate that holds pending events but has no marker. Reads whole collections, so it runs at
     * start and then every {@code sweep-interval} only.
     *
     * @return how many aggregates it marked or re-marked
     */
    public int sweep() {
        int marked = 0;
        for (String collection : collections) {
            for (var document : mongo.getCollection(collection).find(exists("outbox.eventId")).projection(include("_id"))) {
                markers.markIfMissing(collection, document.get("_id"));
                marked++;
            }
        }
        if (marked > 0) {
            log.info("outbox sweep found {} aggregate(s) with pending events", marked);
        }
        return marked;
    }

    /** Aggregates whose events have waited longer than the grace period, as of the last pass. */
    public long backlog() {
        return backlog.get();
    }

    /** Aggregates whose events are parked after too many failed attempts, as of the last pass. */
    public long parked() {
        return parked.get();
    }
}
