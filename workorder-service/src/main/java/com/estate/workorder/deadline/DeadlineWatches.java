package com.estate.workorder.deadline;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Which orders the overdue scanner must look at, one small document per order still being watched
 * ({@code deadline_watches}, keyed by the order id): the scanner reads these, not the orders, so its cost follows
 * the open orders, not every order ever taken (infra/ARCHITECTURE.md §3, §23). A watch is written before its order
 * and trusted only as a hint: the scanner decides from the order itself, and removes the watch once the order has
 * nothing left to miss.
 */
@Component
public class DeadlineWatches {

    @Document("deadline_watches")
    record Watch(@Id String orderId, Instant nextCheckAt) {
    }

    private final MongoTemplate mongo;

    DeadlineWatches(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Watches the order from {@code at} on (an upsert: a repeated intake or a reopening only moves the time). */
    public void watch(String orderId, Instant at) {
        mongo.upsert(Query.query(Criteria.where("_id").is(orderId)), Update.update("nextCheckAt", at), Watch.class);
    }

    /** The watched orders due for a check. */
    public List<String> dueAt(Instant now) {
        return mongo.find(Query.query(Criteria.where("nextCheckAt").lte(now)), Watch.class).stream()
                .map(Watch::orderId).toList();
    }

    public void later(String orderId, Instant at) {
        watch(orderId, at);
    }

    public void stop(String orderId) {
        mongo.remove(Query.query(Criteria.where("_id").is(orderId)), Watch.class);
    }
}
