package com.estate.platform.outbox;

import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.mapping.event.BeforeConvertCallback;

/**
 * Counts every insert and save of an aggregate in its {@code revision}, in the same document write. The outbox
 * relay removes published events with a plain update that bumps only {@code version}, so the revision (and the
 * ETag built from it) changes when the aggregate changes, not when its events are published.
 */
public class RevisionCallback implements BeforeConvertCallback<AggregateDocument>, Ordered {

    @Override
    public AggregateDocument onBeforeConvert(AggregateDocument document, String collection) {
        document.nextRevision();
        return document;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
