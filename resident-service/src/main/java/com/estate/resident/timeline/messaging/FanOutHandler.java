package com.estate.resident.timeline.messaging;

import com.estate.platform.consumer.RecordCreatingHandler;
import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import com.estate.resident.timeline.UnitTimelines;
import com.estate.resident.timeline.domain.TimelineEntry;
import com.estate.resident.timeline.persistence.TimelineFanOutDocument;
import java.time.Clock;
import java.util.List;

/**
 * An event that shows on several households' timelines (a resident registered for two units, a notification to a
 * resident living in two): stored once as a {@link TimelineFanOutDocument} under the id the platform derives from
 * the event id, with the units resolved on the first delivery; every delivery then upserts its entry into each of
 * those timelines, which changes nothing when it was done before.
 *
 * @param <D> the handler's own record of the fields it reads (a tolerant reader)
 */
abstract class FanOutHandler<D> extends HandledEvent<D>
        implements RecordCreatingHandler<D, TimelineFanOutDocument> {

    private final String purpose;
    private final UnitTimelines timelines;
    private final Clock clock;

    FanOutHandler(IntegrationEventType eventType, Class<D> dataType, String purpose, UnitTimelines timelines,
            Clock clock) {
        super(eventType, dataType);
        this.purpose = purpose;
        this.timelines = timelines;
        this.clock = clock;
    }

    abstract String communityId(D data);

    /** The units whose timelines show the event, as known when it is first delivered. */
    abstract List<String> unitIds(D data);

    abstract TimelineEntry entry(D data, CloudEvent event);

    @Override
    public final Class<TimelineFanOutDocument> recordType() {
        return TimelineFanOutDocument.class;
    }

    @Override
    public final String purpose() {
        return purpose;
    }

    @Override
    public final TimelineFanOutDocument newRecord(String id, D data, CloudEvent event) {
        return new TimelineFanOutDocument(id, event.id(), communityId(data), unitIds(data), entry(data, event),
                clock.instant());
    }

    @Override
    public final void afterStored(TimelineFanOutDocument record, D data, CloudEvent event) {
        for (String unitId : record.unitIds()) {
            timelines.upsert(unitId, record.communityId(), record.entry());
        }
    }
}
