package com.estate.billing.billrun.web;

import com.estate.billing.billrun.BillRunPeriod;
import com.estate.billing.billrun.BillRunReport;
import com.estate.billing.billrun.SkipReason;
import com.estate.billing.billrun.persistence.BillRunDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

record BillRunResponse(String id, String communityId, BillRunPeriod period, LocalDate from, LocalDate to,
        BillRunDocument.Status status, int attempts, Instant startedAt, Instant finishedAt, Report report,
        String failure) {

    /** Amounts as decimal strings with two places. */
    record Report(long unitsSeen, long billsIssued, long alreadyBilled, Map<SkipReason, Long> skipped,
            List<BillRunReport.Skipped> skippedSamples, String totalIssued, String creditApplied,
            long chargesBilled, long ledgerRepairs, String currency, long unitsWithoutMeterReading) {
    }

    static BillRunResponse of(BillRunDocument run) {
        BillRunReport r = run.getReport();
        Report report = r == null ? null : new Report(r.unitsSeen(), r.billsIssued(), r.alreadyBilled(), r.skipped(),
                r.skippedSamples(), r.totalIssued().toPlainString(), r.creditApplied().toPlainString(),
                r.chargesBilled(), r.ledgerRepairs(), r.totalIssued().currency(),
                r.unitsWithoutMeterReading());
        return new BillRunResponse(run.getId(), run.getCommunityId(), run.getPeriodKind(), run.getPeriodFrom(),
                run.getPeriodTo(), run.getStatus(), run.getAttempts(), run.getStartedAt(), run.getFinishedAt(), report,
                run.getFailure());
    }
}
