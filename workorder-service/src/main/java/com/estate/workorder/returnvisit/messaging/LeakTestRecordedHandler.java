package com.estate.workorder.returnvisit.messaging;

import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import com.estate.workorder.returnvisit.ReturnVisits;
import com.estate.workorder.returnvisit.persistence.ReturnVisitDocument;
import org.springframework.stereotype.Component;

/**
 * A leak repair's visit is due within 3 days after its leak test (infra/BUSINESS-RULES.md §2): the order's
 * {@code leak-test.recorded} starts the clock on the order's visit, which it creates if the test was recorded before
 * the completion step.
 */
@Component
class LeakTestRecordedHandler extends VisitEventHandler<LeakTestRecorded> {

    static final IntegrationEventType LEAK_TEST_RECORDED =
            new IntegrationEventType("com.estate.workorder.leak-test.recorded.v1", ReturnVisitEvents.TOPIC);

    LeakTestRecordedHandler(ReturnVisits visits) {
        super(visits);
    }

    @Override
    public IntegrationEventType eventType() {
        return LEAK_TEST_RECORDED;
    }

    @Override
    public Class<LeakTestRecorded> dataType() {
        return LeakTestRecorded.class;
    }

    @Override
    public void apply(ReturnVisitDocument document, LeakTestRecorded data, CloudEvent event) {
        visits.advance(document, visit -> visit.leakTested(data.testedOn(), data.orderRevision(), visits.deadlines()));
    }
}
