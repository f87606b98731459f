package com.estate.resident.community;

import com.estate.platform.concurrency.ConditionalSave;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.outbox.OutboxEvents;
import com.estate.platform.persistence.Pages;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.platform.security.CallerScope;
import com.estate.resident.community.domain.Community;
import com.estate.resident.community.domain.SummerSchedule;
import com.estate.resident.community.messaging.CommunityRegisteredV1;
import com.estate.resident.community.messaging.CommunityUpdatedV1;
import com.estate.resident.community.persistence.CommunityDocument;
import java.time.Clock;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Registers communities, changes their address and summer schedule, and finds those a caller may see. */
@Service
public class Communities {

    private final MongoTemplate mongo;
    private final OutboxEvents outboxEvents;
    private final ConditionalSave conditionalSave;
    private final Clock clock;

    Communities(MongoTemplate mongo, OutboxEvents outboxEvents, ConditionalSave conditionalSave, Clock clock) {
        this.mongo = mongo;
        this.outboxEvents = outboxEvents;
        this.conditionalSave = conditionalSave;
        this.clock = clock;
    }

    public Revised<Community> register(String name, String timeZone) {
        return register(name, timeZone, null, null);
    }

    /** Saves the community and its {@code community.registered} event in one document write. */
    public Revised<Community> register(String name, String timeZone, String address, SummerSchedule summer) {
        Community community = new Community(UUID.randomUUID().toString(), name, Community.timeZone(timeZone),
                address, summer, clock.instant());
        CommunityDocument document = CommunityDocument.from(community);
        document.publish(outboxEvents.create(CommunityRegisteredV1.TYPE, community.id(), community.id(),
                CommunityRegisteredV1.of(community)));
        try {
            mongo.insert(document);
        } catch (DuplicateKeyException e) {
            throw new CommunityAlreadyRegisteredException(community.name());
        }
        return new Revised<>(community, document.getRevision());
    }

    /**
     * Changes address and summer schedule (null keeps what is there), if the community is still as the caller read
     * it; {@code community.updated} tells the suite unless nothing changed.
     */
    public Revised<Community> change(Caller caller, String id, IfMatch ifMatch, String address,
            SummerSchedule summer) {
        CommunityDocument saved = conditionalSave.apply(() -> visibleDocument(caller, id), ifMatch, document -> {
            Community.Change change = document.toDomain().change(address, summer);
            document.update(change.community());
            if (change.changedAnything()) {
                document.publish(outboxEvents.create(CommunityUpdatedV1.TYPE, id, id,
                        CommunityUpdatedV1.of(change, document.revisionOnceSaved(), clock.instant())));
            }
        });
        return new Revised<>(saved.toDomain(), saved.getRevision());
    }

    /** The community, if it exists and the caller may see it; 404 otherwise. */
    public Community visibleTo(Caller caller, String id) {
        return withRevision(caller, id).value();
    }

    /** {@link #visibleTo}, with the revision its ETag is made from. */
    public Revised<Community> withRevision(Caller caller, String id) {
        CommunityDocument document = visibleDocument(caller, id);
        return new Revised<>(document.toDomain(), document.getRevision());
    }

    public Page<Community> listFor(Caller caller, Pageable pageable) {
        return Pages.find(mongo, CallerScope.communities(caller, "_id"), pageable, CommunityDocument.class)
                .map(CommunityDocument::toDomain);
    }

    private CommunityDocument visibleDocument(Caller caller, String id) {
        caller.requireCommunity(id, "community", id);
        CommunityDocument document = mongo.findById(id, CommunityDocument.class);
        if (document == null) {
            throw new NotFoundException("community", id);
        }
        return document;
    }
}
