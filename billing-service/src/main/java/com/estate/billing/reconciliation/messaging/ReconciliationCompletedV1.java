package com.estate.billing.reconciliation.messaging;

import com.estate.billing.reconciliation.ReconciliationReport;
import com.estate.platform.events.IntegrationEventType;
import java.time.Instant;
import java.util.Map;

/** Integration event {@code com.estate.billing.reconciliation.completed.v1}; its contract is in infra/contracts. */
public record ReconciliationCompletedV1(String reportId, Map<String, Map<String, Long>> upTo, long eventsRead,
        long accountsChecked, long chargesExpected, long missingCharges, long duplicateCharges,
        long balanceMismatches, boolean clean, Instant completedAt) {

    public static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.billing.reconciliation.completed.v1", "billing.events");

    /** A report covers every community: the envelope's {@code communityid}. */
    public static final String ALL_COMMUNITIES = "all";

    public static ReconciliationCompletedV1 of(ReconciliationReport report) {
        return new ReconciliationCompletedV1(report.reportId(), report.upToByTopic(), report.eventsApplied(),
                report.accountsChecked(), report.chargesExpected(), report.missingCharges(),
                report.duplicateCharges(), report.balanceMismatches(), report.clean(), report.completedAt());
    }
}
