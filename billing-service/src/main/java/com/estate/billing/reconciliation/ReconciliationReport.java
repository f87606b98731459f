package com.estate.billing.reconciliation;

import com.estate.billing.reconciliation.domain.Finding;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One run's report.
 *
 * @param reportId      derived from the findings and the counts: the same replay gives the same id
 * @param upTo          where the run stopped reading, per topic and partition (the end offsets at its start)
 * @param recordsRead   records read, including those of types it does not look at and unreadable ones
 * @param eventsApplied distinct events it recomputed from
 * @param unreadable    records that were not a readable event of the types it reads (skipped, counted)
 * @param duplicateCharges duplicates of charges, bills, payments and refunds
 * @param findings      the first {@code keepFindings} findings, in a stable order
 */
public record ReconciliationReport(String reportId, Instant startedAt, Instant completedAt, List<Position> upTo,
        long recordsRead, long eventsApplied, long unreadable, long accountsChecked, long chargesExpected,
        long missingCharges, long duplicateCharges, long balanceMismatches, boolean findingsTruncated,
        List<Finding> findings) {

    /** The offset after the last record read of one partition. */
    public record Position(String topic, int partition, long offset) {
    }

    public boolean clean() {
        return missingCharges + duplicateCharges + balanceMismatches == 0;
    }

    public Map<String, Map<String, Long>> upToByTopic() {
        Map<String, Map<String, Long>> byTopic = new TreeMap<>();
        upTo.forEach(position -> byTopic.computeIfAbsent(position.topic(), topic -> new TreeMap<>())
                .put(String.valueOf(position.partition()), position.offset()));
        return byTopic;
    }
}
