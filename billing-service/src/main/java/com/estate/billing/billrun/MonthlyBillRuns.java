package com.estate.billing.billrun;

import com.estate.billing.BillingProperties;
import com.estate.billing.unit.UnitFactsStore;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each community's monthly run, started by itself when {@code app.billing.bill-run.scheduled} is true: for the
 * current month of business time (the injected clock, in billing's zone), every community billing knows units of,
 * one after the other, each under its own lease (a community whose run another replica holds is left to it). A run
 * that finds the month billed already writes nothing, so a second trigger is harmless.
 */
@Component
@ConditionalOnProperty(name = "app.billing.bill-run.scheduled", havingValue = "true")
class MonthlyBillRuns {

    private static final Logger log = LoggerFactory.getLogger(MonthlyBillRuns.class);

    private final BillRuns runs;
    private final UnitFactsStore units;
    private final BillingProperties properties;
    private final Clock clock;

    MonthlyBillRuns(BillRuns runs, UnitFactsStore units, BillingProperties properties, Clock clock) {
        this.runs = runs;
        this.units = units;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${app.billing.bill-run.cron:0 0 2 1 * *}")
    void runThisMonth() {
        LocalDate first = LocalDate.now(clock.withZone(properties.timeZone())).withDayOfMonth(1);
        for (String community : units.communities()) {
            runs.runNow(community, BillRunPeriod.MONTHLY, first, "schedule").ifPresentOrElse(
                    run -> log.info("bill run {} of community {}: {}", run.getId(), community, run.getStatus()),
                    () -> log.info("bill run of community {} is held by another replica", community));
        }
    }
}
