package com.estate.billing.refund;

import com.estate.billing.refund.domain.RefundStatus;
import com.estate.billing.refund.persistence.RefundDocument;
import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Completes approved refunds whose booking stopped half-way (a crash after the approval), on one replica. */
@Component
class RefundFollowUp {

    private static final Duration SETTLE_TIME = Duration.ofMinutes(1);

    private final MongoTemplate mongo;
    private final RefundExecution execution;
    private final Clock clock;

    RefundFollowUp(MongoTemplate mongo, RefundExecution execution, Clock clock) {
        this.mongo = mongo;
        this.execution = execution;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${app.billing.payments.follow-up-interval:30s}")
    @SchedulerLock(name = "billing-refund-follow-up", lockAtLeastFor = "PT5S", lockAtMostFor = "PT10M")
    void run() {
        // status is not unique: one scan per pass on the stand-in (infra/ARCHITECTURE.md §3)
        mongo.find(Query.query(Criteria.where("status").is(RefundStatus.APPROVED)), RefundDocument.class).stream()
                .map(RefundDocument::toDomain)
                .filter(refund -> refund.decidedAt().plus(SETTLE_TIME).isBefore(clock.instant()))
                .forEach(refund -> execution.complete(refund.id()));
    }
}
