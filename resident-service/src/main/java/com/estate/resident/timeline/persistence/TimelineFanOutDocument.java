package com.estate.resident.timeline.persistence;

import com.estate.resident.timeline.domain.TimelineEntry;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An event that shows on several households' timelines (a resident registered for two units, a notification to a
 * resident), stored once under the id derived from the event id, with the units it goes to as resolved on its
 * first delivery: every delivery then upserts the same entry into the same timelines, so a process that stopped
 * half-way finishes on the redelivery and a redelivery changes nothing. Records expire after 30 days (redeliveries
 * come from the recent past); one redelivered later still changes no timeline, its entry being there already.
 */
@Document("timeline_fan_outs")
public record TimelineFanOutDocument(@Id String id, String eventId, String communityId, List<String> unitIds,
        TimelineEntry entry, @Indexed(expireAfter = "30d") Instant storedAt) {

    public TimelineFanOutDocument {
        unitIds = List.copyOf(unitIds);
    }
}
