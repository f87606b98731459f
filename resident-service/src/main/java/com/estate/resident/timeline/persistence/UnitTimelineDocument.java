package com.estate.resident.timeline.persistence;

import com.estate.platform.outbox.AggregateDocument;
import com.estate.resident.timeline.domain.Timeline;
import com.estate.resident.timeline.domain.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One household's timeline, one document per unit ({@code _id} = the unit id): reading a page is one lookup by
 * {@code _id}, which the MongoDB stand-in answers from its index, where a query on entries' unit id would read the
 * entries of every unit (infra/ARCHITECTURE.md §14). An entry's upsert and the id of the event that caused it are
 * written in one single-document write.
 */
@Document("unit_timelines")
public class UnitTimelineDocument extends AggregateDocument {

    @Id
    private String id;

    private String communityId;

    private List<TimelineEntry> entries = new ArrayList<>();

    public static UnitTimelineDocument empty(String unitId, String communityId) {
        UnitTimelineDocument document = new UnitTimelineDocument();
        document.id = unitId;
        document.communityId = communityId;
        return document;
    }

    /**
     * @param communityId the community the event names for the unit: an event that places the unit in another
     *                    community than its first one is not believed (staff of one community would see it)
     * @return false when the entry changed nothing (the same or an older state of its record, or another community)
     */
    public boolean upsert(String communityId, TimelineEntry entry, int maxEntries) {
        if (!this.communityId.equals(communityId)) {
            return false;
        }
        Timeline timeline = timeline();
        if (!timeline.upsert(entry, maxEntries)) {
            return false;
        }
        entries = new ArrayList<>(timeline.entries());
        return true;
    }

    public Timeline timeline() {
        return new Timeline(entries);
    }

    public String getId() {
        return id;
    }

    public String getCommunityId() {
        return communityId;
    }
}
