package com.estate.workorder.technician;

import com.estate.platform.concurrency.ConditionalSave;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Technician profiles: who can do what, where. */
@Service
public class Technicians {

    private final MongoTemplate mongo;
    private final ConditionalSave conditionalSave;

    Technicians(MongoTemplate mongo, ConditionalSave conditionalSave) {
        this.mongo = mongo;
        this.conditionalSave = conditionalSave;
    }

    public Optional<TechnicianProfile> find(String staffId) {
        return Optional.ofNullable(mongo.findById(staffId, TechnicianDocument.class))
                .map(TechnicianDocument::toProfile);
    }

    /**
     * The community's technicians. The collection holds one document per technician of the company (hundreds, not
     * orders), so this one query is cheap even where it reads them all (infra/ARCHITECTURE.md §3).
     */
    public List<TechnicianProfile> ofCommunity(String communityId) {
        return mongo.find(Query.query(Criteria.where(TechnicianDocument.COMMUNITIES).is(communityId)),
                TechnicianDocument.class).stream().map(TechnicianDocument::toProfile).toList();
    }

    /** A supervisor's view: the profile if it works in one of the caller's communities, else 404. */
    public Revised<TechnicianProfile> visibleTo(Caller caller, String staffId) {
        TechnicianDocument document = mongo.findById(staffId, TechnicianDocument.class);
        if (document == null || document.toProfile().communities().stream().noneMatch(caller::canSeeCommunity)) {
            throw new NotFoundException("technician", staffId);
        }
        return new Revised<>(document.toProfile(), document.getRevision());
    }

    /**
     * Creates ({@code If-Match: "0"} or none) or replaces a profile; the caller must supervise every community it
     * names, and one that holds the technician already.
     */
    public Revised<TechnicianProfile> save(Caller caller, TechnicianProfile profile, IfMatch ifMatch) {
        profile.communities().forEach(c -> caller.requireCommunity(c, "community", c));
        TechnicianDocument existing = mongo.findById(profile.staffId(), TechnicianDocument.class);
        if (existing == null) {
            ifMatch.require(0);
            try {
                TechnicianDocument created = mongo.insert(new TechnicianDocument(profile));
                return new Revised<>(created.toProfile(), created.getRevision());
            } catch (DuplicateKeyException e) {
                // saved meanwhile by someone else: compared below
            }
        }
        TechnicianDocument saved = conditionalSave.apply(() -> {
            visibleTo(caller, profile.staffId());
            return mongo.findById(profile.staffId(), TechnicianDocument.class);
        }, ifMatch, d -> d.update(profile));
        return new Revised<>(saved.toProfile(), saved.getRevision());
    }
}
