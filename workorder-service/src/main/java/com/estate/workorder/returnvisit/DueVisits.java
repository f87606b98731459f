package com.estate.workorder.returnvisit;

import com.estate.workorder.returnvisit.persistence.DueVisitDocument;
import java.time.Instant;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The visits the overdue scan watches: only those due and neither made nor flagged, so the scan reads a collection
 * that stays as small as the desk's open work, not every visit ever made (the stand-in reads a whole collection for
 * any query but by a unique key, infra/ARCHITECTURE.md §3, §24).
 */
@Component
class DueVisits {

    private final MongoTemplate mongo;

    DueVisits(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Watches the visit until its due time; repeating it (or moving the time) is harmless. */
    void watch(String visitId, Instant dueBy) {
        mongo.save(new DueVisitDocument(visitId, dueBy));
    }

    void release(String visitId) {
        mongo.remove(Query.query(Criteria.where("_id").is(visitId)), DueVisitDocument.class);
    }

    List<DueVisitDocument> lateAt(Instant now) {
        return mongo.find(Query.query(Criteria.where("dueBy").lte(now)), DueVisitDocument.class);
    }
}
