package com.estate.billing.fee;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.estate.billing.fee.persistence.FeeItemDocument;
import com.estate.billing.fee.persistence.LateFeePolicyDocument;
import com.estate.platform.concurrency.ConditionalSave;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.persistence.Pages;
import com.estate.platform.problem.ConflictException;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.platform.security.CallerScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/** Communities' fee schedules and late-fee policies: what finance sets, and what pricing reads. */
@Service
public class FeeItems {

    private final MongoTemplate mongo;
    private final ConditionalSave conditionalSave;
    private final Clock clock;

    FeeItems(MongoTemplate mongo, ConditionalSave conditionalSave, Clock clock) {
        this.mongo = mongo;
        this.conditionalSave = conditionalSave;
        this.clock = clock;
    }

    /** The whole schedule of a community (a few dozen items: one read). */
    public FeeSchedule schedule(String communityId) {
        return new FeeSchedule(communityId, mongo.find(query(where("communityId").is(communityId)),
                FeeItemDocument.class).stream().map(FeeItemDocument::toDomain).toList());
    }

    /**
     * Adds an item to the caller's community's schedule.
     *
     * @throws ConflictException 409 {@code fee-item-overlaps} when an item of the same code and use is in force on a
     *                           day of the new one's (end that one first)
     */
    public Revised<FeeItem> create(Caller caller, String communityId, String code, String name, FeeKind kind,
            String unitUse, java.math.BigDecimal unitPrice, String meter, LocalDate effectiveFrom,
            LocalDate effectiveTo, int moveInMonths) {
        caller.requireCommunity(communityId, "community", communityId);
        FeeItem item = new FeeItem(UUID.randomUUID().toString(), communityId, code, name, kind, unitUse, unitPrice,
                meter, effectiveFrom, effectiveTo, moveInMonths, clock.instant());
        requireNoOverlap(item);
        FeeItemDocument document = FeeItemDocument.from(item);
        try {
            mongo.insert(document);
        } catch (DuplicateKeyException e) {
            throw overlaps(item);
        }
        return new Revised<>(item, document.getRevision());
    }

    /** Ends an item on its last day (a price change: end the old item, add the new one from the next day). */
    public Revised<FeeItem> end(Caller caller, String itemId, IfMatch ifMatch, LocalDate lastDay) {
        FeeItemDocument saved = conditionalSave.apply(() -> visible(caller, itemId), ifMatch, document -> {
            FeeItem ended = document.toDomain().endingOn(lastDay);
            requireNoOverlap(ended);
            document.update(ended);
        });
        return new Revised<>(saved.toDomain(), saved.getRevision());
    }

    public Revised<FeeItem> get(Caller caller, String itemId) {
        FeeItemDocument document = visible(caller, itemId);
        return new Revised<>(document.toDomain(), document.getRevision());
    }

    public Page<FeeItem> list(Caller caller, String communityId, Pageable pageable) {
        Criteria criteria = CallerScope.communities(caller, "communityId");
        if (communityId != null) {
            criteria = new Criteria().andOperator(criteria, where("communityId").is(communityId));
        }
        return Pages.find(mongo, criteria, pageable, FeeItemDocument.class).map(FeeItemDocument::toDomain);
    }

    /** The community's late-fee policy; off unless finance turned it on. */
    public Revised<LateFeePolicy> lateFee(Caller caller, String communityId) {
        caller.requireCommunity(communityId, "community", communityId);
        LateFeePolicyDocument document = mongo.findById(communityId, LateFeePolicyDocument.class);
        return document == null ? new Revised<>(LateFeePolicy.off(communityId), 0)
                : new Revised<>(document.toDomain(), document.getRevision());
    }

    /** Sets the policy: the first time without a precondition, afterwards with If-Match on what was read. */
    public Revised<LateFeePolicy> setLateFee(Caller caller, IfMatch ifMatch, LateFeePolicy policy) {
        caller.requireCommunity(policy.communityId(), "community", policy.communityId());
        if (mongo.findById(policy.communityId(), LateFeePolicyDocument.class) == null) {
            try {
                LateFeePolicyDocument created = LateFeePolicyDocument.from(policy);
                mongo.insert(created);
                return new Revised<>(policy, created.getRevision());
            } catch (DuplicateKeyException createdMeanwhile) {
                // set by someone else at the same time: fall through to the conditional change
            }
        }
        LateFeePolicyDocument saved = conditionalSave.apply(
                () -> mongo.findById(policy.communityId(), LateFeePolicyDocument.class), ifMatch,
                document -> document.update(policy));
        return new Revised<>(saved.toDomain(), saved.getRevision());
    }

    private FeeItemDocument visible(Caller caller, String itemId) {
        FeeItemDocument document = mongo.findById(itemId, FeeItemDocument.class);
        if (document == null || !caller.canSeeCommunity(document.toDomain().communityId())) {
            throw new NotFoundException("fee item", itemId);
        }
        return document;
    }

    private void requireNoOverlap(FeeItem item) {
        if (schedule(item.communityId()).items().stream().anyMatch(item::overlaps)) {
            throw overlaps(item);
        }
    }

    private static ConflictException overlaps(FeeItem item) {
        return new ConflictException("fee-item-overlaps", "Another " + item.code() + " item is in force then.",
                item.code());
    }
}
