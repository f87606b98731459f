package com.estate.billing.reconciliation.persistence;

import com.estate.billing.reconciliation.ReconciliationReport;
import com.estate.platform.outbox.AggregateDocument;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A stored report, one per run, with its {@code reconciliation.completed} in the same write. */
@Document("reconciliation_reports")
public class ReconciliationReportDocument extends AggregateDocument {

    @Id
    private String id;
    private Instant completedAt;
    private ReconciliationReport report;

    protected ReconciliationReportDocument() {
    }

    public static ReconciliationReportDocument of(String runId, ReconciliationReport report) {
        ReconciliationReportDocument document = new ReconciliationReportDocument();
        document.id = runId;
        document.completedAt = report.completedAt();
        document.report = report;
        return document;
    }

    public String runId() {
        return id;
    }

    public ReconciliationReport report() {
        return report;
    }
}
