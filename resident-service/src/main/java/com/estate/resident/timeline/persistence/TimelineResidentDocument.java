package com.estate.resident.timeline.persistence;

import com.estate.platform.outbox.AggregateDocument;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The units a resident lives in now, as the timeline learned them from {@code resident.registered} and
 * {@code resident.moved-out}: where a notification addressed to the resident belongs. Ordered by the events'
 * {@code residentVersion}, so an older event replayed late never moves the resident back.
 */
@Document("timeline_residents")
public class TimelineResidentDocument extends AggregateDocument {

    @Id
    private String id;

    private String communityId;

    private Set<String> unitIds = new LinkedHashSet<>();

    private long residentVersion;

    public static TimelineResidentDocument of(String residentId, String communityId) {
        TimelineResidentDocument document = new TimelineResidentDocument();
        document.id = residentId;
        document.communityId = communityId;
        return document;
    }

    /** Moves in or out of units, if the event is newer than the last one applied (0: it carries no version). */
    public void apply(long version, List<String> movedIn, List<String> movedOut) {
        if (version > 0 && version <= residentVersion) {
            return;
        }
        residentVersion = Math.max(residentVersion, version);
        unitIds.addAll(movedIn);
        movedOut.forEach(unitIds::remove);
    }

    public Set<String> getUnitIds() {
        return Set.copyOf(unitIds);
    }

    public String getCommunityId() {
        return communityId;
    }
}
