package com.estate.platform.persistence;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Gapless, unique numbers per scope (permit numbers per community and year, receipt numbers): 1, 2, 3, ... One
 * counter document per scope in {@code sequences}, keyed by the scope. The counter is incremented with
 * {@code findAndModify} asking for the document <em>before</em> the update, and the caller adds the increment
 * itself: on the MongoDB stand-in the form that returns the document after the update hands several concurrent
 * callers the same value (infra/ARCHITECTURE.md §3, §16). A missing counter is created with a plain insert of 0 (a
 * concurrent creator's insert collides on {@code _id} and is harmless), not with an upsert inside the increment,
 * so two first callers cannot both see "no document" and both take 1.
 * <p>
 * Gapless holds for the numbers handed out: a caller that takes a number and then fails to use it leaves a gap,
 * so callers take the number only once nothing but their own write can stop them (and keep it if they retry).
 */
public class Sequences {

    public static final String COLLECTION = "sequences";
    private static final String VALUE = "value";

    private final MongoTemplate mongo;

    public Sequences(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The next number of the scope, starting at 1. */
    public long next(String scope) {
        Document before = increment(scope);
        if (before == null) {
            create(scope);
            before = increment(scope);
        }
        return before.get(VALUE, Number.class).longValue() + 1;
    }

    private Document increment(String scope) {
        return mongo.findAndModify(byScope(scope), new Update().inc(VALUE, 1L),
                FindAndModifyOptions.options().returnNew(false).upsert(false), Document.class, COLLECTION);
    }

    private void create(String scope) {
        try {
            mongo.insert(new Document("_id", scope).append(VALUE, 0L), COLLECTION);
        } catch (DuplicateKeyException createdMeanwhile) {
            // another caller created it first: its 0 is the counter we increment
        }
    }

    private static Query byScope(String scope) {
        return Query.query(Criteria.where("_id").is(scope));
    }
}
