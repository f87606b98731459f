package com.estate.workorder.statistics.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.workorder.statistics.domain.OrderFact;
import org.junit.jupiter.api.Test;

class SummaryBucketDocumentTest {

    @Test
    void aBucketKeepsTheNewestCopyOfAnOrderWhateverTheOrderTheCopiesArrive() {
        SummaryBucketDocument bucket = SummaryBucketDocument.empty("c1/2026-03/0");
        OrderFact older = OrderFact.of("o1", "c1").withOverdue("RESPONSE");
        OrderFact newer = older.withOverdue("COMPLETION");
        assertThat(bucket.put(3, newer)).isTrue();
        assertThat(bucket.put(2, older)).isFalse();
        assertThat(bucket.put(3, newer)).isFalse();
        assertThat(bucket.entries().get("o1").fact()).isEqualTo(newer);
    }

    @Test
    void ordersSpreadOverTheBuckets() {
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            int bucket = SummaryBucketDocument.bucketOf(java.util.UUID.randomUUID().toString());
            assertThat(bucket).isBetween(0, SummaryBucketDocument.BUCKETS - 1);
            used.add(bucket);
        }
        assertThat(used).hasSize(SummaryBucketDocument.BUCKETS);
    }
}
