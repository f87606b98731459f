package com.estate.workorder.statistics;

import com.estate.workorder.statistics.domain.OrderFact;
import com.estate.workorder.statistics.persistence.OrderFactDocument;
import com.estate.workorder.statistics.persistence.SummaryBucketDocument;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the monthly summaries as orders change, in two single-document writes per event (infra/ARCHITECTURE.md
 * §25): the order's fact document changes by what the event carries (idempotent by content, see {@link OrderFact});
 * then the fact, as stored, is copied into its month's bucket if the bucket does not hold that version or a newer
 * one. The copy runs on every delivery, so a process that stopped between the two writes is completed by the
 * redelivery; a redelivered event finds both writes done and changes nothing.
 */
@Component
public class StatisticsProjection {

    private static final int ATTEMPTS = 10;

    private final MongoTemplate mongo;
    private final CommunityZones zones;

    StatisticsProjection(MongoTemplate mongo, CommunityZones zones) {
        this.mongo = mongo;
        this.zones = zones;
    }

    public void apply(String orderId, String communityId, UnaryOperator<OrderFact> change) {
        OrderFactDocument stored = changeFact(orderId, communityId, change);
        OrderFact fact = stored.fact();
        Optional<YearMonth> month = fact.month(zoneOf(fact.communityId()));
        month.ifPresent(yearMonth -> copy(yearMonth, stored.version(), fact));
    }

    private ZoneId zoneOf(String communityId) {
        return zones.zoneOf(communityId);
    }

    private OrderFactDocument changeFact(String orderId, String communityId, UnaryOperator<OrderFact> change) {
        for (int attempt = 1; ; attempt++) {
            OrderFactDocument document = mongo.findById(orderId, OrderFactDocument.class);
            try {
                if (document == null) {
                    return mongo.insert(OrderFactDocument.of(change.apply(OrderFact.of(orderId, communityId))));
                }
                OrderFact changed = change.apply(document.fact());
                if (changed.equals(document.fact())) {
                    return document;
                }
                document.update(changed);
                return mongo.save(document);
            } catch (OptimisticLockingFailureException | DuplicateKeyException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    private void copy(YearMonth month, long factVersion, OrderFact fact) {
        String id = SummaryBucketDocument.idOf(fact.communityId(), month,
                SummaryBucketDocument.bucketOf(fact.orderId()));
        for (int attempt = 1; ; attempt++) {
            SummaryBucketDocument bucket = mongo.findById(id, SummaryBucketDocument.class);
            boolean fresh = bucket == null;
            if (fresh) {
                bucket = SummaryBucketDocument.empty(id);
            }
            if (!bucket.put(factVersion, fact)) {
                return;
            }
            try {
                if (fresh) {
                    mongo.insert(bucket);
                } else {
                    mongo.save(bucket);
                }
                return;
            } catch (OptimisticLockingFailureException | DuplicateKeyException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }
}
