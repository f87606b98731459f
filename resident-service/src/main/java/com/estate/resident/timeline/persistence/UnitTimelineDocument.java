package com.estate.resident.timeline.persistence;

import com.estate.platform.outbox.AggregateDocument;
import com.estate.resident.timeline.domain.Timeline;
import com.estate.resident.timeline.domain.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One household's timeline, one document per unit ({@code _id} = {@code <communityId>/<unitId>}): reading a page is
 * one lookup by {@code _id}, which the MongoDB stand-in answers from its index, where a query on entries' unit id
 * would read the entries of every unit (infra/ARCHITECTURE.md §18). The community is part of the id because events
 * name it and the reader takes it from the unit itself: an event that places a unit in the wrong community lands
 * in a timeline nobody reads, whenever it arrives. An entry's upsert and the id of the event that caused it are
 * written in one single-document write.
 */
@Document("unit_timelines")
public class UnitTimelineDocument extends AggregateDocument {

    @Id
    private String id;

    private String communityId;

    private String unitId;

    private List<TimelineEntry> entries = new ArrayList<>();

    public static String idOf(String communityId, String unitId) {
        return communityId + "/" + unitId;
    }

    public static UnitTimelineDocument empty(String communityId, String unitId) {
        UnitTimelineDocument document = new UnitTimelineDocument();
        document.id = idOf(communityId, unitId);
        document.communityId = communityId;
        document.unitId = unitId;
        return document;
    }

    /** @return false when the entry changed nothing (the same or an older state of its record) */
    public boolean upsert(TimelineEntry entry, int maxEntries) {
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

    public String getUnitId() {
        return unitId;
    }
}
