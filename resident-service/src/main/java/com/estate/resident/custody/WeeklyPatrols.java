package com.estate.resident.custody;

import com.estate.resident.custody.domain.PatrolRequests;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Asks for this week's patrol of every unit in custody (infra/BUSINESS-RULES.md §1: staff patrol the outside every
 * week). It runs every hour on one replica (ShedLock, infra/ARCHITECTURE.md §13) rather than once on Monday: a run
 * missed while no replica was up, or a custody started mid-week, is caught up within the hour, and the request's id
 * (the custody and the ISO week in the community's time zone, by the application clock) makes every later run of the
 * week ask nothing more.
 */
@Component
public class WeeklyPatrols {

    private static final Logger log = LoggerFactory.getLogger(WeeklyPatrols.class);

    private final PatrolRequesting requesting;
    private final Clock clock;

    WeeklyPatrols(PatrolRequesting requesting, Clock clock) {
        this.requesting = requesting;
        this.clock = clock;
    }

    @Scheduled(cron = "${app.custody.weekly-patrol-cron:0 7 * * * *}")
    @SchedulerLock(name = "custody-weekly-patrols", lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
    void onSchedule() {
        requestThisWeek();
    }

    /** @return how many requests were added (0 when every active custody has this week's already) */
    public int requestThisWeek() {
        int added = 0;
        for (String custodyId : requesting.active()) {
            if (requesting.request(custodyId, custody -> PatrolRequests.weekly(custody, clock.instant()))) {
                added++;
            }
        }
        if (added > 0) {
            log.info("asked for {} weekly custody patrols", added);
        }
        return added;
    }
}
