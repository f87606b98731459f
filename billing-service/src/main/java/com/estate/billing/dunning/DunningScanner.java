package com.estate.billing.dunning;

import com.estate.platform.problem.ConflictException;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the dunning stage scan on one replica at a time (ShedLock, infra/ARCHITECTURE.md §13): on its schedule
 * ({@code app.billing.dunning.scan-every}), and when finance asks for a scan now ({@code POST
 * /api/billing/dunning/scans}, e.g. after the business clock was moved), under the same lock.
 */
@Component
public class DunningScanner {

    static final String LOCK = "dunning-stage-scan";
    private static final Duration LONGEST_SCAN = Duration.ofMinutes(30);
    private static final Logger log = LoggerFactory.getLogger(DunningScanner.class);

    private final DunningScan scan;
    private final LockingTaskExecutor locking;

    DunningScanner(DunningScan scan, LockProvider lockProvider) {
        this.scan = scan;
        this.locking = new DefaultLockingTaskExecutor(lockProvider);
    }

    @Scheduled(initialDelayString = "${app.billing.dunning.scan-every}",
            fixedDelayString = "${app.billing.dunning.scan-every}")
    @SchedulerLock(name = LOCK, lockAtLeastFor = "PT5S", lockAtMostFor = "PT30M")
    void onSchedule() {
        logged(scan.run());
    }

    /**
     * A scan now.
     *
     * @throws ConflictException (409 {@code dunning-scan-running}) while another replica is scanning
     */
    public DunningScan.Report scanNow() {
        try {
            var result = locking.executeWithLock(scan::run,
                    new LockConfiguration(Instant.now(), LOCK, LONGEST_SCAN, Duration.ZERO));
            if (!result.wasExecuted()) {
                throw new ConflictException("dunning-scan-running", "a dunning scan is running; try again shortly");
            }
            return logged(result.getResult());
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static DunningScan.Report logged(DunningScan.Report report) {
        if (report.listed() + report.advanced() + report.closed() > 0) {
            log.info("dunning scan: {} accounts listed, {} cases moved on, {} closed", report.listed(),
                    report.advanced(), report.closed());
        }
        return report;
    }
}
