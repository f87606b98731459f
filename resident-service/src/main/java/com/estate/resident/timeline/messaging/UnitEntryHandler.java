package com.estate.resident.timeline.messaging;

import com.estate.platform.consumer.EventHandler;
import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import com.estate.resident.timeline.TimelineProperties;
import com.estate.resident.timeline.domain.TimelineEntry;
import com.estate.resident.timeline.persistence.UnitTimelineDocument;
import java.util.Optional;

/**
 * An event about one unit's record (a work order, a bill, a sign-up) becomes an upsert of its entry on that unit's
 * timeline: the platform routes the event here and writes the entry with the event's id in one write on the
 * unit's timeline document, so a redelivery changes nothing; the entry's revision keeps an older event arriving
 * late from undoing a newer one. An event that names no unit (a public-area work order) is none of its business.
 *
 * @param <D> the handler's own record of the fields it reads (a tolerant reader)
 */
abstract class UnitEntryHandler<D extends HouseholdEvent> extends HandledEvent<D>
        implements EventHandler<D, UnitTimelineDocument> {

    private final TimelineProperties properties;

    UnitEntryHandler(IntegrationEventType eventType, Class<D> dataType, TimelineProperties properties) {
        super(eventType, dataType);
        this.properties = properties;
    }

    /** The entry the event shows, if it shows one (a unit update that did not change the status does not). */
    abstract Optional<TimelineEntry> entry(D data, CloudEvent event);

    @Override
    public final Class<UnitTimelineDocument> documentType() {
        return UnitTimelineDocument.class;
    }

    @Override
    public boolean concerns(D data) {
        return data.unitId() != null;
    }

    @Override
    public final Object documentId(D data) {
        return UnitTimelineDocument.idOf(data.communityId(), data.unitId());
    }

    @Override
    public final UnitTimelineDocument newDocument(D data, CloudEvent event) {
        return UnitTimelineDocument.empty(data.communityId(), data.unitId());
    }

    @Override
    public final void apply(UnitTimelineDocument document, D data, CloudEvent event) {
        entry(data, event).ifPresent(entry -> document.upsert(entry, properties.maxEntries()));
    }
}
