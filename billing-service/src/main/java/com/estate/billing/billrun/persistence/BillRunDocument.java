package com.estate.billing.billrun.persistence;

import com.estate.billing.billrun.BillRunPeriod;
import com.estate.billing.billrun.BillRunReport;
import com.estate.platform.outbox.AggregateDocument;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A bill run of one community and period ({@code bill_runs}, id derived from both, so running it again is the same
 * run): its state, how often it was attempted, and the last attempt's report.
 */
@Document(BillRunDocument.COLLECTION)
public class BillRunDocument extends AggregateDocument {

    public static final String COLLECTION = "bill_runs";

    public enum Status { RUNNING, COMPLETED, FAILED }

    @Id
    private String id;
    private String communityId;
    private BillRunPeriod periodKind;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private Status status;
    private int attempts;
    private String startedBy;
    private Instant startedAt;
    private Instant finishedAt;
    private BillRunReport report;
    private String failure;

    protected BillRunDocument() {
    }

    public static BillRunDocument of(String id, String communityId, BillRunPeriod kind, LocalDate from,
            LocalDate to) {
        BillRunDocument document = new BillRunDocument();
        document.id = id;
        document.communityId = communityId;
        document.periodKind = kind;
        document.periodFrom = from;
        document.periodTo = to;
        return document;
    }

    public void started(String by, Instant at) {
        status = Status.RUNNING;
        attempts++;
        startedBy = by;
        startedAt = at;
        finishedAt = null;
        report = null;
        failure = null;
    }

    public void completed(BillRunReport done, Instant at) {
        status = Status.COMPLETED;
        report = done;
        finishedAt = at;
    }

    public void failed(String why, Instant at) {
        status = Status.FAILED;
        failure = why;
        finishedAt = at;
    }

    public String getId() { return id; }
    public String getCommunityId() { return communityId; }
    public BillRunPeriod getPeriodKind() { return periodKind; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public Status getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public String getStartedBy() { return startedBy; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public BillRunReport getReport() { return report; }
    public String getFailure() { return failure; }
}
