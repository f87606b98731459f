package com.estate.resident.community;

import com.estate.platform.concurrency.Revised;
import com.estate.platform.persistence.Pages;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.platform.security.CallerScope;
import com.estate.resident.community.domain.Community;
import com.estate.resident.community.persistence.CommunityDocument;
import java.time.Clock;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Registers communities and finds those a caller may see. */
@Service
public class Communities {

    private final MongoTemplate mongo;
    private final Clock clock;

    Communities(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public Revised<Community> register(String name, String timeZone) {
        Community community = new Community(UUID.randomUUID().toString(), name, Community.timeZone(timeZone),
                clock.instant());
        CommunityDocument saved = mongo.insert(CommunityDocument.from(community));
        return new Revised<>(community, saved.revision());
    }

    /** The community, if it exists and the caller may see it; 404 otherwise. */
    public Community visibleTo(Caller caller, String id) {
        return withRevision(caller, id).value();
    }

    /** {@link #visibleTo}, with the revision its ETag is made from. */
    public Revised<Community> withRevision(Caller caller, String id) {
        caller.requireCommunity(id, "community", id);
        CommunityDocument document = mongo.findById(id, CommunityDocument.class);
        if (document == null) {
            throw new NotFoundException("community", id);
        }
        return new Revised<>(document.toDomain(), document.revision());
    }

    public Page<Community> listFor(Caller caller, Pageable pageable) {
        return Pages.find(mongo, CallerScope.communities(caller, "_id"), pageable, CommunityDocument.class)
                .map(CommunityDocument::toDomain);
    }
}
