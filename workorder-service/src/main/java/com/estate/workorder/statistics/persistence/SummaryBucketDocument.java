package com.estate.workorder.statistics.persistence;

import com.estate.workorder.statistics.domain.OrderFact;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One shard of a community's monthly summary (infra/ARCHITECTURE.md §25): the facts of the orders opened that month
 * whose id hashes to this bucket, under {@code <communityId>/<yyyy-MM>/<bucket>}. A month's statistics read its
 * {@link #BUCKETS} documents by {@code _id} and fold them, so the answer costs the same whatever else the
 * collection holds; sharding keeps each event's rewrite small (about 40 orders a bucket at 10,000 a month).
 */
@Document("statistics_buckets")
public class SummaryBucketDocument {

    /** Fixed: changing it would move orders to other buckets and orphan the stored ones. */
    public static final int BUCKETS = 256;

    @Id
    private String id;
    @Version
    private Long version;
    private Map<String, Entry> entries = new HashMap<>();

    /** An order's facts as copied, with the version of the fact document they were copied from. */
    public record Entry(long factVersion, OrderFact fact) {
    }

    protected SummaryBucketDocument() {
    }

    public static String idOf(String communityId, YearMonth month, int bucket) {
        return communityId + "/" + month + "/" + bucket;
    }

    public static int bucketOf(String orderId) {
        return Math.floorMod(orderId.hashCode(), BUCKETS);
    }

    public static SummaryBucketDocument empty(String id) {
        SummaryBucketDocument document = new SummaryBucketDocument();
        document.id = id;
        return document;
    }

    /** @return false when the bucket holds this copy or a newer one already */
    public boolean put(long factVersion, OrderFact fact) {
        Entry held = entries.get(fact.orderId());
        if (held != null && held.factVersion() >= factVersion) {
            return false;
        }
        entries.put(fact.orderId(), new Entry(factVersion, fact));
        return true;
    }

    public Map<String, Entry> entries() {
        return Map.copyOf(entries);
    }
}
