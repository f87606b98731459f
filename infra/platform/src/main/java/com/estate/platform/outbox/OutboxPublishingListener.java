package com.estate.platform.outbox;

import java.util.concurrent.RejectedExecutionException;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

/**
 * Starts publishing as soon as an aggregate with pending events has been saved, off the caller's thread so a
 * request never waits for the broker. If the lanes are saturated the poller picks the events up later.
 */
public class OutboxPublishingListener extends AbstractMongoEventListener<AggregateDocument> {

    private final OutboxRelay relay;
    private final PublishLanes lanes;
    private final OutboxProperties properties;

    public OutboxPublishingListener(OutboxRelay relay, PublishLanes lanes, OutboxProperties properties) {
        this.relay = relay;
        this.lanes = lanes;
        this.properties = properties;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<AggregateDocument> event) {
        if (!properties.immediate() || event.getSource().getOutbox().isEmpty()) {
            return;
        }
        Object id = event.getDocument() == null ? null : event.getDocument().get("_id");
        String collection = event.getCollectionName();
        try {
            lanes.execute(id, () -> relay.publishPending(collection, id));
        } catch (RejectedExecutionException e) {
            // the poller publishes it after the grace period
        }
    }
}
