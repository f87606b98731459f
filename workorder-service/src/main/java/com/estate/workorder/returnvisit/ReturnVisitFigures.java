package com.estate.workorder.returnvisit;

import com.estate.platform.security.Caller;
import com.estate.workorder.returnvisit.domain.ReturnVisit;
import com.estate.workorder.returnvisit.domain.VisitOutcome;
import com.estate.workorder.returnvisit.persistence.ReturnVisitDocument;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * How the desk kept the return-visit rule in a month (infra/BUSINESS-RULES.md §2: 100% of repairs, within their
 * deadlines; counted as §12 says), over the repairs completed that month in the community's time zone: coverage is the
 * share visited, the on-time rate the share visited by their due time, both of every completed repair (a visit not
 * made yet counts against them); satisfaction is the share of visits made that were satisfied.
 */
@Service
public class ReturnVisitFigures {

    private final MongoTemplate mongo;

    ReturnVisitFigures(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Rates are decimal strings with four places ("0.9500"), null when there is nothing to divide by.
     *
     * @param waiting leak repairs whose leak test is not recorded yet (no due time)
     */
    public record Figures(String communityId, String month, int completedRepairs, int visited, int visitedOnTime,
            int waiting, int overdue, int satisfied, String coverage, String onTimeRate, String satisfactionRate,
            String averageRating) {
    }

    public Figures of(Caller caller, String communityId, YearMonth month) {
        caller.requireCommunity(communityId, "community", communityId);
        List<ReturnVisit> visits = mongo.find(Query.query(Criteria.where("communityId").is(communityId)
                .and("completedMonth").is(month.toString())), ReturnVisitDocument.class).stream()
                .map(ReturnVisitDocument::toDomain).toList();
        List<VisitOutcome> made = visits.stream().map(ReturnVisit::outcome).filter(Objects::nonNull).toList();
        int onTime = (int) made.stream().filter(VisitOutcome::onTime).count();
        int satisfied = (int) made.stream().filter(VisitOutcome::satisfied).count();
        int waiting = (int) visits.stream().filter(v -> v.dueBy() == null).count();
        int overdue = (int) visits.stream().filter(ReturnVisit::isOverdue).count();
        int ratings = made.stream().mapToInt(VisitOutcome::rating).sum();
        return new Figures(communityId, month.toString(), visits.size(), made.size(), onTime, waiting, overdue,
                satisfied, rate(made.size(), visits.size()), rate(onTime, visits.size()), rate(satisfied, made.size()),
                made.isEmpty() ? null : BigDecimal.valueOf(ratings).divide(BigDecimal.valueOf(made.size()), 2,
                        RoundingMode.HALF_UP).toPlainString());
    }

    private static String rate(int part, int whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP).toPlainString();
    }
}
