package com.estate.platform.outbox;

import java.util.concurrent.RejectedExecutionException;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent;

/**
 * Marks an aggregate with pending events before it is written ({@link OutboxMarkers}), and starts publishing as
 * soon as it has been saved, off the caller's thread so a request never waits for the broker. If the lanes are
 * saturated the poller picks the events up later.
 */
public class OutboxPublishingListener extends AbstractMongoEventListener<AggregateDocument> {

    private final OutboxRelay relay;
    private final OutboxMarkers markers;
    private final PublishLanes lanes;
    private final OutboxProperties properties;

    public OutboxPublishingListener(OutboxRelay relay, OutboxMarkers markers, PublishLanes lanes,
            OutboxProperties properties) {
        this.relay = relay;
        this.markers = markers;
        this.lanes = lanes;
        this.properties = properties;
    }

    @Override
    public void onBeforeSave(BeforeSaveEvent<AggregateDocument> event) {
        Object id = event.getDocument() == null ? null : event.getDocument().get("_id");
        if (id != null && !event.getSource().getOutbox().isEmpty()) {
            markers.mark(event.getCollectionName(), id);
        }
    }

    @Override
    public void onAfterSave(AfterSaveEvent<AggregateDocument> event) {
        if (event.getSource().getOutbox().isEmpty()) {
            return;
        }
        Object id = event.getDocument() == null ? null : event.getDocument().get("_id");
        String collection = event.getCollectionName();
        if (!properties.immediate()) {
            return;
        }
        try {
            // an id the database assigned was unknown before the write: the relay's claim creates the marker then
            lanes.execute(id, () -> relay.publishPending(collection, id));
        } catch (RejectedExecutionException e) {
            // the poller publishes it after the grace period
        }
    }
}
