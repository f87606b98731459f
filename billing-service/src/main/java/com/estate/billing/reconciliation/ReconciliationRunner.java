package com.estate.billing.reconciliation;

import com.estate.billing.reconciliation.persistence.ReconciliationReportDocument;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The reconciliation job as a process of its own ({@code ./suite reconcile}: billing-service with the profile
 * {@code reconcile}, no web server, none of the service's listeners): runs once, waits until its
 * {@code reconciliation.completed} is published, and exits (0 when the run completed, whatever it found; 1 when it
 * could not run).
 */
@Component
@Profile("reconcile")
class ReconciliationRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationRunner.class);
    private static final Duration PUBLISH_WAIT = Duration.ofSeconds(30);

    private final ReconciliationJob job;
    private final MongoTemplate mongo;
    private final ConfigurableApplicationContext context;

    ReconciliationRunner(ReconciliationJob job, MongoTemplate mongo, ConfigurableApplicationContext context) {
        this.job = job;
        this.mongo = mongo;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        int code = 0;
        try {
            ReconciliationReportDocument stored = job.run();
            awaitPublished(stored.runId());
            var report = stored.report();
            // the command's answer on the operator's terminal (./suite reconcile); the logs go to their file
            System.out.printf("reconciliation %s: %d events, %d accounts, %d charges expected; %d missing, "
                    + "%d duplicates, %d balance mismatches%s%n", report.reportId(), report.eventsApplied(),
                    report.accountsChecked(), report.chargesExpected(), report.missingCharges(),
                    report.duplicateCharges(), report.balanceMismatches(), report.clean() ? " (clean)" : "");
        } catch (RuntimeException e) {
            log.error("the reconciliation could not run", e);
            code = 1;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    /** The relay publishes right after the write; this waits for it (the poller would, after a crash). */
    private void awaitPublished(String runId) throws InterruptedException {
        long deadline = System.nanoTime() + PUBLISH_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            var document = mongo.findById(runId, ReconciliationReportDocument.class);
            if (document != null && document.getOutbox().isEmpty()) {
                return;
            }
            Thread.sleep(200);
        }
        log.warn("reconciliation.completed of run {} not published within {}; the outbox poller will", runId,
                PUBLISH_WAIT);
    }
}
