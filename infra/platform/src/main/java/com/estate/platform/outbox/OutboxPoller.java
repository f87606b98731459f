package com.estate.platform.outbox;

import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Projections.include;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The safety net: publishes events left pending longer than the grace period, e.g. because the process died
 * between saving and publishing, or the broker was down. Also reports the backlog as a metric.
 */
public class OutboxPoller {

    private static final Logger log = LoggerFactory.getLogger(OutboxPoller.class);
    private static final int BATCH = 200;

    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final OutboxProperties properties;
    private final Clock clock;
    private final Set<String> collections;
    private final AtomicInteger backlog = new AtomicInteger();

    public OutboxPoller(MongoTemplate mongo, OutboxRelay relay, OutboxProperties properties, Clock clock,
            Set<String> collections) {
        this.mongo = mongo;
        this.relay = relay;
        this.properties = properties;
        this.clock = clock;
        this.collections = collections;
    }

    @Scheduled(fixedDelayString = "${app.outbox.poll-interval:5s}", initialDelayString = "${app.outbox.poll-interval:5s}")
    public void publishLeftovers() {
        if (properties.pollerEnabled()) {
            pollOnce();
        }
    }

    /** One pass over every outbox collection; returns how many events it published. */
    public int pollOnce() {
        Date cutoff = Date.from(clock.instant().minus(properties.pollGrace()));
        int published = 0;
        int waiting = 0;
        for (String collection : collections) {
            for (Object id : pendingIds(collection, cutoff)) {
                int sent = relay.publishPending(collection, id);
                published += sent;
                waiting += sent == 0 ? 1 : 0;
            }
        }
        backlog.set(waiting);
        if (published > 0) {
            log.info("outbox poller published {} event(s) left pending", published);
        }
        return published;
    }

    /** Documents whose outbox still holds events not yet published after the last pass. */
    public int backlog() {
        return backlog.get();
    }

    private List<Object> pendingIds(String collection, Date cutoff) {
        List<Object> ids = new ArrayList<>();
        mongo.getCollection(collection).find(lt("outbox.time", cutoff)).projection(include("_id")).limit(BATCH)
                .forEach(d -> ids.add(d.get("_id")));
        return ids;
    }
}
