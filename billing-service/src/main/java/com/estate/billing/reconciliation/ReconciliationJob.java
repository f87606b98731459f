package com.estate.billing.reconciliation;

import com.estate.billing.ledger.Ledger;
import com.estate.billing.reconciliation.domain.Finding;
import com.estate.billing.reconciliation.domain.ReportIdentity;
import com.estate.billing.reconciliation.messaging.ReconciliationCompletedV1;
import com.estate.billing.reconciliation.persistence.ReconciliationReportDocument;
import com.estate.platform.money.Money;
import com.estate.platform.outbox.OutboxEvents;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * One reconciliation (infra/ARCHITECTURE.md §22): replays the events from offset 0 ({@link EventReplayer}), reads
 * billing's stored balances (the ledger's, by account, in one query), compares, and stores the report with its
 * {@code reconciliation.completed} in one write. It changes nothing else: findings are for finance to act on.
 */
@Service
public class ReconciliationJob {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationJob.class);

    private final EventReplayer replayer;
    private final Ledger ledger;
    private final MongoTemplate mongo;
    private final OutboxEvents outboxEvents;
    private final ReconciliationProperties properties;
    private final Clock clock;

    ReconciliationJob(EventReplayer replayer, Ledger ledger, MongoTemplate mongo, OutboxEvents outboxEvents,
            ReconciliationProperties properties, Clock clock) {
        this.replayer = replayer;
        this.ledger = ledger;
        this.mongo = mongo;
        this.outboxEvents = outboxEvents;
        this.properties = properties;
        this.clock = clock;
    }

    /** Runs once and answers the stored report (its run id and the report). */
    public ReconciliationReportDocument run() {
        Instant started = clock.instant();
        EventReplayer.Result replayed = replayer.replay();
        Map<String, Money> stored = ledger.balancesOf(replayed.replay().accounts());
        List<Finding> findings = replayed.replay().findings(stored);
        int accounts = replayed.replay().accounts().size();
        String reportId = ReportIdentity.of(replayed.replay().eventsApplied(), accounts,
                replayed.replay().chargesExpected(), findings);
        ReconciliationReport report = new ReconciliationReport(reportId, started, clock.instant(), replayed.upTo(),
                replayed.recordsRead(), replayed.replay().eventsApplied(), replayed.unreadable(), accounts,
                replayed.replay().chargesExpected(), count(findings, Finding.Kind.MISSING_CHARGE),
                count(findings, Finding.Kind.DUPLICATE_CHARGE) + count(findings, Finding.Kind.DUPLICATE_ANNOUNCEMENT),
                count(findings, Finding.Kind.BALANCE_MISMATCH), findings.size() > properties.keepFindings(),
                findings.size() > properties.keepFindings() ? findings.subList(0, properties.keepFindings())
                        : findings);
        ReconciliationReportDocument document = ReconciliationReportDocument.of(UUID.randomUUID().toString(),
                report);
        document.publish(outboxEvents.create(ReconciliationCompletedV1.TYPE, reportId,
                ReconciliationCompletedV1.ALL_COMMUNITIES, ReconciliationCompletedV1.of(report)));
        ReconciliationReportDocument saved = mongo.insert(document);
        log.info("reconciliation {}: {} events, {} accounts, {} missing charges, {} duplicates, {} balance "
                + "mismatches", reportId, report.eventsApplied(), accounts, report.missingCharges(),
                report.duplicateCharges(), report.balanceMismatches());
        return saved;
    }

    private static long count(List<Finding> findings, Finding.Kind kind) {
        return findings.stream().filter(finding -> finding.kind() == kind).count();
    }
}
