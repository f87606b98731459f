package com.estate.workorder.returnvisit.messaging;

import com.estate.platform.consumer.EventHandler;
import com.estate.platform.events.CloudEvent;
import com.estate.workorder.returnvisit.ReturnVisits;
import com.estate.workorder.returnvisit.persistence.ReturnVisitDocument;

/**
 * An order event applied to the order's return visit: the visit under the id derived from the order's, created by
 * whichever of the order's events arrives first (infra/ARCHITECTURE.md §24); the handlers differ in the event and
 * what it changes.
 */
abstract class VisitEventHandler<D extends OrderFacts> implements EventHandler<D, ReturnVisitDocument> {

    protected final ReturnVisits visits;

    VisitEventHandler(ReturnVisits visits) {
        this.visits = visits;
    }

    @Override
    public Class<ReturnVisitDocument> documentType() {
        return ReturnVisitDocument.class;
    }

    @Override
    public Object documentId(D data) {
        return ReturnVisits.idOf(data.orderId());
    }

    @Override
    public ReturnVisitDocument newDocument(D data, CloudEvent event) {
        return visits.newVisit(data.orderId(), data.communityId(), data.unitId(), data.category());
    }
}
