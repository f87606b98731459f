package com.estate.workorder.returnvisit;

import com.estate.platform.concurrency.ConditionalSave;
import com.estate.platform.concurrency.IfMatch;
import com.estate.workorder.returnvisit.domain.ReturnVisit;
import com.estate.workorder.returnvisit.domain.ReturnVisitStatus;
import com.estate.workorder.returnvisit.messaging.ReturnVisitEvents;
import com.estate.workorder.returnvisit.persistence.DueVisitDocument;
import com.estate.workorder.returnvisit.persistence.ReturnVisitDocument;
import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Flags the visits not made by their due time and publishes {@code return-visit.overdue}, once each, on one replica
 * at a time (ShedLock, infra/ARCHITECTURE.md §13), by the application's clock. It reads only the watched due visits
 * ({@link DueVisits}) and checks each against the visit itself, so a watch left by a crash does no harm.
 */
@Component
public class OverdueReturnVisits {

    private static final Logger log = LoggerFactory.getLogger(OverdueReturnVisits.class);

    private final DueVisits dueVisits;
    private final MongoTemplate mongo;
    private final ReturnVisitEvents events;
    private final ConditionalSave conditionalSave;
    private final Clock clock;

    OverdueReturnVisits(DueVisits dueVisits, MongoTemplate mongo, ReturnVisitEvents events,
            ConditionalSave conditionalSave, Clock clock) {
        this.dueVisits = dueVisits;
        this.mongo = mongo;
        this.events = events;
        this.conditionalSave = conditionalSave;
        this.clock = clock;
    }

    @Scheduled(cron = "${app.return-visits.overdue-scan-cron:30 * * * * *}")
    @SchedulerLock(name = "return-visits-overdue", lockAtLeastFor = "PT20S", lockAtMostFor = "PT10M")
    void onSchedule() {
        flagOverdue();
    }

    /** @return how many visits were flagged now */
    public int flagOverdue() {
        Instant now = clock.instant();
        int flagged = 0;
        for (DueVisitDocument due : dueVisits.lateAt(now)) {
            if (flag(due.visitId(), now)) {
                flagged++;
            }
        }
        if (flagged > 0) {
            log.info("flagged {} return visits overdue", flagged);
        }
        return flagged;
    }

    private boolean flag(String visitId, Instant now) {
        ReturnVisitDocument document = mongo.findById(visitId, ReturnVisitDocument.class);
        ReturnVisit visit = document == null ? null : document.toDomain();
        if (visit == null || visit.status() != ReturnVisitStatus.DUE || visit.isOverdue()) {
            dueVisits.release(visitId);
            return false;
        }
        if (now.isBefore(visit.dueBy())) {
            dueVisits.watch(visitId, visit.dueBy()); // a later leak test moved it: watch the new time
            return false;
        }
        conditionalSave.apply(() -> mongo.findById(visitId, ReturnVisitDocument.class), IfMatch.ANY, stored -> {
            ReturnVisit flagged = stored.toDomain().flaggedOverdue(now);
            if (flagged.isOverdue() && !stored.toDomain().isOverdue()) {
                stored.update(flagged);
                stored.publish(events.overdue(flagged));
            }
        });
        dueVisits.release(visitId);
        return true;
    }
}
