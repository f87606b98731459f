package com.estate.resident.timeline;

import com.estate.platform.security.Caller;
import com.estate.resident.timeline.domain.TimelineEntry;
import com.estate.resident.timeline.domain.TimelineKind;
import com.estate.resident.timeline.persistence.UnitTimelineDocument;
import com.estate.resident.unit.Units;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Reads a household's timeline for whoever may see the unit, and upserts entries that several timelines share. */
@Service
public class UnitTimelines {

    private static final int ATTEMPTS = 5;

    private final MongoTemplate mongo;
    private final Units units;
    private final TimelineProperties properties;

    UnitTimelines(MongoTemplate mongo, Units units, TimelineProperties properties) {
        this.mongo = mongo;
        this.units = units;
        this.properties = properties;
    }

    /**
     * One page of the unit's timeline, newest first: for staff of the unit's community and for residents whose token
     * names the unit; anyone else gets the unit's 404. A unit nothing happened to yet has an empty timeline.
     */
    public Page<TimelineEntry> of(Caller caller, String unitId, Set<TimelineKind> kinds, Pageable pageable) {
        String communityId = units.visibleTo(caller, unitId).value().communityId();
        UnitTimelineDocument document = mongo.findById(UnitTimelineDocument.idOf(communityId, unitId),
                UnitTimelineDocument.class);
        List<TimelineEntry> entries = document == null ? List.of() : document.timeline().ofKinds(kinds);
        int from = (int) Math.min(pageable.getOffset(), entries.size());
        int to = Math.min(from + pageable.getPageSize(), entries.size());
        return new PageImpl<>(entries.subList(from, to), pageable, entries.size());
    }

    /**
     * Upserts the entry into the unit's timeline, for an event that goes to several units (its id is recorded on
     * the fan-out record, not on each timeline): idempotent by the entry's id and revision, so every delivery may
     * run it again.
     */
    public void upsert(String unitId, String communityId, TimelineEntry entry) {
        for (int attempt = 1; ; attempt++) {
            UnitTimelineDocument document = mongo.findById(UnitTimelineDocument.idOf(communityId, unitId),
                    UnitTimelineDocument.class);
            if (document == null) {
                document = UnitTimelineDocument.empty(communityId, unitId);
            }
            if (!document.upsert(entry, properties.maxEntries())) {
                return;
            }
            try {
                mongo.save(document);
                return;
            } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
                // another event wrote this timeline meanwhile: read it again
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
