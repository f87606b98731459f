package com.estate.workorder.statistics;

import com.estate.platform.security.Caller;
import com.estate.workorder.statistics.domain.MonthlyStatistics;
import com.estate.workorder.statistics.domain.OrderFact;
import com.estate.workorder.statistics.persistence.SummaryBucketDocument;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** A community's month: its summary buckets read by {@code _id} and folded. */
@Service
public class MonthlyStatisticsQuery {

    private final MongoTemplate mongo;

    MonthlyStatisticsQuery(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public MonthlyStatistics of(Caller caller, String communityId, YearMonth month) {
        caller.requireCommunity(communityId, "community", communityId);
        List<String> ids = IntStream.range(0, SummaryBucketDocument.BUCKETS)
                .mapToObj(bucket -> SummaryBucketDocument.idOf(communityId, month, bucket)).toList();
        List<OrderFact> facts = new ArrayList<>();
        for (SummaryBucketDocument bucket : mongo.find(Query.query(Criteria.where("_id").in(ids)),
                SummaryBucketDocument.class)) {
            bucket.entries().values().forEach(entry -> facts.add(entry.fact()));
        }
        return MonthlyStatistics.of(communityId, month, facts);
    }
}
