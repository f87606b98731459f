package com.estate.platform.outbox;

import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Projections.include;

import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
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
     * Hands every due marker to its aggregate's lane.
     *
     * @return how many aggregates were handed over
     */
    public int pollOnce() {
        int handed = 0;
        for (OutboxMarkers.Due due : markers.due(BATCH)) {
            try {
                if (due.isBatch()) {
                    lanes.execute(due.batchKey(), () -> relay.publishBatchLeftovers(due.batchKey()));
                } else {
                    lanes.execute(due.documentId(), () -> relay.publishPending(due.collection(), due.documentId()));
                }
                handed++;
            } catch (RejectedExecutionException full) {
                break; // the lanes are busy with fresh writes: the rest waits for the next pass
            }
        }
        backlog.set(markers.backlog());
        parked.set(markers.parked());
        return handed;
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
