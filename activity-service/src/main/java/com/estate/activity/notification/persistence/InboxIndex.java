package com.estate.activity.notification.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Which entries each recipient has, so reading an inbox costs one {@code _id} lookup per address of the caller
 * (a resident has two or three) instead of a query on the entries' address, which the MongoDB stand-in answers by
 * reading every entry of every community (infra/ARCHITECTURE.md §3, §8).
 * <p>
 * The entry itself is the record the request created (its id derived from the event id); the inbox lists it in a
 * second write. Every write here is idempotent by its content ({@code $addToSet} of a ref that never changes, then
 * a trim), so it needs no {@code processedEventIds} and cannot forget: an inbox of a community role receiving
 * thousands of requests is as safe as a resident's. It runs on every delivery of the request, so a process that
 * stops between the two writes lists the entry when the request is redelivered. Every filter is the {@code _id}
 * alone: the stand-in uses its index only for a filter with exactly the index's fields.
 * <p>
 * An inbox lists its newest {@code maxEntries} (older entries stay stored, unlisted), so the document a read loads
 * stays small. Read marks are kept for listed entries only, and at most {@code 2 × maxEntries} of them: while an
 * entry is listed, fewer than that many other listed entries can be read after it (at most {@code maxEntries - 1}
 * older ones, which only leave the list, and {@code maxEntries - 1} newer ones), so no listed entry's mark is dropped.
 */
public class InboxIndex {

    private final MongoTemplate mongo;
    private final int maxEntries;

    public InboxIndex(MongoTemplate mongo, int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("an inbox lists at least one entry: " + maxEntries);
        }
        this.mongo = mongo;
        this.maxEntries = maxEntries;
    }

    /** Lists the entry in the inbox of {@code address} (created if need be); again, it changes nothing. */
    public void add(String address, String entryId, Instant at) {
        upsert(address, new Update().addToSet("entries", new InboxDocument.Ref(entryId, at)));
        // a push of nothing, sorted and sliced: keeps the newest, also when a redelivery re-added a trimmed one
        mongo.updateFirst(byId(address), new Update().push("entries").sort(Sort.by(Sort.Direction.DESC, "at"))
                .slice(maxEntries).each(), InboxDocument.class);
    }

    /** Marks a listed entry read; one no longer listed (or already read) changes nothing. */
    public void markRead(String address, String entryId) {
        InboxDocument inbox = mongo.findById(address, InboxDocument.class);
        if (inbox == null || !inbox.lists(entryId)) {
            return;
        }
        mongo.updateFirst(byId(address), new Update().addToSet("readIds", entryId), InboxDocument.class);
        mongo.updateFirst(byId(address), new Update().push("readIds").slice(-2 * maxEntries).each(),
                InboxDocument.class);
    }

    /** The inboxes of these addresses that have entries, by {@code _id}. */
    public List<InboxDocument> of(Collection<String> addresses) {
        if (addresses.isEmpty()) {
            return List.of();
        }
        return mongo.find(query(where("_id").in(addresses)), InboxDocument.class);
    }

    private void upsert(String address, Update update) {
        try {
            mongo.upsert(byId(address), update, InboxDocument.class);
        } catch (DuplicateKeyException e) {
            // a new inbox created at the same moment by another request's upsert: it exists now, so this updates
            mongo.upsert(byId(address), update, InboxDocument.class);
        }
    }

    private static Query byId(String address) {
        return query(where("_id").is(address));
    }
}
