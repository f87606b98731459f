package com.estate.resident.custody;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.estate.platform.concurrency.ConditionalSave;
import com.estate.platform.concurrency.IfMatch;
import com.estate.resident.custody.domain.Custody;
import com.estate.resident.custody.domain.CustodyStatus;
import com.estate.resident.custody.domain.PatrolRequest;
import com.estate.resident.custody.messaging.CustodyEvents;
import com.estate.resident.custody.messaging.CustodyPatrolRequestedV1;
import com.estate.resident.custody.persistence.CustodyDocument;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Adds a patrol request to active custody records, each with its {@code custody.patrol-requested} event in the
 * same write. A request whose (derived) id the custody already has is not added again, so a repeated run, alert or
 * retry asks nobody twice.
 *
 * <p>Finding the active custody records reads the {@code custody} collection by status (a scan on the stand-in,
 * infra/ARCHITECTURE.md §3): it holds one document per custody agreement, a few per community, and this runs
 * hourly and per alert, never per request.
 */
@Component
class PatrolRequesting {

    private final MongoTemplate mongo;
    private final CustodyEvents events;
    private final ConditionalSave conditionalSave;

    PatrolRequesting(MongoTemplate mongo, CustodyEvents events, ConditionalSave conditionalSave) {
        this.mongo = mongo;
        this.events = events;
        this.conditionalSave = conditionalSave;
    }

    List<String> activeIn(String communityId) {
        return ids(query(where("communityId").is(communityId).and("status").is(CustodyStatus.ACTIVE)));
    }

    List<String> active() {
        return ids(query(where("status").is(CustodyStatus.ACTIVE)));
    }

    /**
     * Adds the request {@code requestFor} makes for the custody, if it is still active and has no such request.
     *
     * @return whether a request was added
     */
    boolean request(String custodyId, Function<Custody, PatrolRequest> requestFor) {
        CustodyDocument current = mongo.findById(custodyId, CustodyDocument.class);
        if (current == null || !isNeeded(current.toDomain(), requestFor)) {
            return false; // read first: a save that changes nothing would still move the record's ETag
        }
        boolean[] added = {false};
        conditionalSave.apply(() -> mongo.findById(custodyId, CustodyDocument.class), IfMatch.ANY, document -> {
            added[0] = false;
            Custody custody = document.toDomain();
            if (!custody.isActive()) {
                return; // ended since it was listed: saved unchanged
            }
            PatrolRequest request = requestFor.apply(custody);
            custody.request(request).ifPresent(next -> {
                document.update(next);
                document.publish(events.of(CustodyEvents.PATROL_REQUESTED, "custody-patrol-requested",
                        request.id(), next, CustodyPatrolRequestedV1.of(next, request)));
                added[0] = true;
            });
        });
        return added[0];
    }

    private static boolean isNeeded(Custody custody, Function<Custody, PatrolRequest> requestFor) {
        return custody.isActive() && custody.request(requestFor.apply(custody)).isPresent();
    }

    private List<String> ids(Query query) {
        query.fields().include("_id");
        return mongo.find(query, CustodyDocument.class).stream().map(CustodyDocument::id).toList();
    }
}
