package com.estate.workorder.deadline;

import com.estate.workorder.order.WorkOrders;
import com.estate.workorder.order.domain.WorkOrder;
import java.time.Clock;
import java.time.Instant;
import java.util.stream.Stream;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finds orders that missed their response or completion target and has each published once as
 * {@code order.overdue} (infra/BUSINESS-RULES.md §14.3): on one replica at a time (the platform's lease,
 * infra/ARCHITECTURE.md §13), by the injected {@code Clock}.
 */
@Component
public class OverdueScanner {

    private final DeadlineWatches watches;
    private final WorkOrders orders;
    private final Clock clock;

    OverdueScanner(DeadlineWatches watches, WorkOrders orders, Clock clock) {
        this.watches = watches;
        this.orders = orders;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${app.workorder.deadlines.scan-interval:PT1M}")
    @SchedulerLock(name = "workorder-overdue-scan", lockAtLeastFor = "PT20S", lockAtMostFor = "PT10M")
    public void scheduledScan() {
        scan();
    }

    /** One pass over the due watches; answers how many orders were found overdue now. */
    public int scan() {
        Instant now = clock.instant();
        int found = 0;
        for (String orderId : watches.dueAt(now)) {
            if (!orders.markOverdue(orderId).isEmpty()) {
                found++;
            }
            var order = orders.find(orderId).map(r -> r.value());
            var next = order.flatMap(o -> nextCheck(o, now));
            if (next.isPresent()) {
                watches.later(orderId, next.get());
            } else {
                watches.stop(orderId);
            }
        }
        return found;
    }

    /** The next target the order can still miss, if any. */
    private static java.util.Optional<Instant> nextCheck(WorkOrder order, Instant now) {
        if (order.status().isFinal()) {
            return java.util.Optional.empty();
        }
        var d = order.deadlines();
        return Stream.of(d.respondedAt() == null && d.responseOverdueAt() == null ? d.respondBy() : null,
                        d.completedAt() == null && d.completionOverdueAt() == null ? d.completeBy() : null)
                .filter(java.util.Objects::nonNull).min(Instant::compareTo)
                .map(at -> at.isAfter(now) ? at : now);
    }
}
