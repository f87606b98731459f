package com.estate.billing.dunning;

import com.estate.billing.BillingProperties;
import com.estate.billing.arrears.AccountArrears;
import com.estate.billing.arrears.OpenBills;
import com.estate.billing.arrears.domain.Aging;
import com.estate.billing.dunning.domain.Contact;
import com.estate.billing.dunning.domain.ContactChannel;
import com.estate.billing.dunning.domain.ContactOutcome;
import com.estate.billing.dunning.domain.DunningCase;
import com.estate.billing.dunning.domain.DunningStage;
import com.estate.billing.dunning.domain.NonPaymentReason;
import com.estate.billing.dunning.domain.PromiseToPay;
import com.estate.billing.dunning.domain.Reminder;
import com.estate.billing.dunning.domain.StageRecord;
import com.estate.billing.dunning.persistence.DunningAccountDocument;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.money.Money;
import com.estate.platform.persistence.Pages;
import com.estate.platform.problem.BusinessRuleException;
import com.estate.platform.security.Caller;
import com.estate.platform.security.CallerScope;
import java.time.Clock;
import java.time.ZoneId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * What staff do with a dunning case (infra/BUSINESS-RULES.md §13, Dunning): record why the household does
 * not pay, each contact (a call with its outcome, an SMS sent as a notification request), promises to pay, the
 * letter's express-mail tracking number, the home visit and the legal referral. Each is one conditional write at the
 * revision the caller read; a stage it moves to is announced in the same write.
 */
@Service
public class DunningDesk {

    private final MongoTemplate mongo;
    private final DunningAccounts accounts;
    private final DunningNotices notices;
    private final OpenBills openBills;
    private final DunningProperties properties;
    private final ZoneId zone;
    private final Clock clock;

    DunningDesk(MongoTemplate mongo, DunningAccounts accounts, DunningNotices notices, OpenBills openBills,
            DunningProperties properties, BillingProperties billing, Clock clock) {
        this.mongo = mongo;
        this.accounts = accounts;
        this.notices = notices;
        this.openBills = openBills;
        this.properties = properties;
        this.zone = billing.timeZone();
        this.clock = clock;
    }

    public Revised<DunningAccountDocument> visible(Caller caller, String accountId) {
        DunningAccountDocument document = accounts.visible(caller, accountId);
        return new Revised<>(document, document.getRevision());
    }

    /**
     * The account's current (or last) case, for a caller already allowed to see the account: what its arrears view
     * shows of dunning.
     */
    public Optional<DunningCase> ofAccount(String accountId) {
        return Optional.ofNullable(accounts.find(accountId)).map(DunningAccountDocument::current);
    }

    /** Where each account of the community stands in dunning (accounts with an open case only), by account id. */
    public Map<String, DunningStage> openStagesIn(String communityId) {
        Map<String, DunningStage> stages = new HashMap<>();
        mongo.find(Query.query(
                Criteria.where("communityId").is(communityId).and("open").is(true)), DunningAccountDocument.class)
                .forEach(document -> stages.put(document.accountId(), document.current().stage()));
        return stages;
    }

    /** The accounts of the caller's communities in dunning (or whose last case is closed, with {@code open=false}). */
    public Page<DunningAccountDocument> list(Caller caller, String communityId, Boolean open, DunningStage stage,
            Pageable pageable) {
        Criteria criteria;
        if (communityId == null) {
            criteria = CallerScope.communities(caller, "communityId");
        } else if (caller.canSeeCommunity(communityId)) {
            criteria = Criteria.where("communityId").is(communityId);
        } else {
            return Page.empty(pageable);
        }
        criteria = criteria.and("current").ne(null);
        if (open != null) {
            criteria = criteria.and("open").is(open);
        }
        if (stage != null) {
            criteria = criteria.and("stage").is(stage);
        }
        return Pages.find(mongo, criteria, pageable, DunningAccountDocument.class);
    }

    public Revised<DunningAccountDocument> recordReason(Caller caller, String accountId, IfMatch ifMatch,
            String category, String note) {
        if (!properties.reasonCategories().contains(category)) {
            throw new BusinessRuleException("dunning-reason-category", "not a reason category", category,
                    String.join(", ", properties.reasonCategories()));
        }
        return revised(accounts.change(caller, accountId, ifMatch, document -> document.current()
                .recordReason(new NonPaymentReason(category, note, caller.subject(), clock.instant()))));
    }

    /**
     * A call or an SMS (sent now, as a notification request to the household) or another contact. While the case is
     * listed, a call that reached the household or an SMS is the stage-2 reminder: it names what is overdue now,
     * its periods and the deadline.
     */
    public Revised<DunningAccountDocument> recordContact(Caller caller, String accountId, IfMatch ifMatch,
            ContactChannel channel, ContactOutcome outcome, String note) {
        if (channel == ContactChannel.EXPRESS_MAIL) {
            throw new BusinessRuleException("dunning-contact-channel",
                    "the express-mail letter is recorded with its tracking number", channel.name());
        }
        ContactOutcome recorded = channel == ContactChannel.SMS ? ContactOutcome.SENT : outcome;
        if (recorded == null || (channel != ContactChannel.SMS && recorded == ContactOutcome.SENT)) {
            throw new BusinessRuleException("dunning-contact-outcome", "a call or visit needs what it came to",
                    channel.name());
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        AccountArrears arrears = openBills.ofAccount(accountId).orElse(null);
        Aging aging = arrears == null ? Aging.none() : arrears.aging(today);
        Reminder notice = new Reminder(channel, aging.overdue(),
                arrears == null ? List.of() : arrears.overduePeriods(today),
                today.plus(properties.paymentDeadline()), now);
        Contact contact = new Contact(UUID.randomUUID().toString(), channel, recorded, note, caller.subject(), now);
        return revised(accounts.change(caller, accountId, ifMatch, document -> {
            if (channel == ContactChannel.SMS) {
                notices.smsReminder(document, notice);
            }
            document.current().recordContact(contact, notice)
                    .ifPresent(change -> notices.stageChanged(document, change));
        }));
    }

    /** Whether the owner lives in the unit, as the desk found out: it decides whether stage 4 comes. */
    public Revised<DunningAccountDocument> confirmResidence(Caller caller, String accountId, IfMatch ifMatch,
            boolean ownerLivesThere) {
        return revised(accounts.change(caller, accountId, ifMatch,
                document -> document.confirmOwnerLivesThere(ownerLivesThere)));
    }

    public Revised<DunningAccountDocument> promise(Caller caller, String accountId, IfMatch ifMatch, LocalDate payBy,
            Money amount, String note) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        return revised(accounts.change(caller, accountId, ifMatch, document -> document.current().promise(
                new PromiseToPay(payBy, amount, note, caller.subject(), now), today, properties.timings(zone))));
    }

    public Revised<DunningAccountDocument> letterDispatched(Caller caller, String accountId, IfMatch ifMatch,
            String courier, String trackingNumber) {
        return revised(accounts.change(caller, accountId, ifMatch, document -> document.current()
                .recordLetterDispatch(courier, trackingNumber, caller.subject(), clock.instant())));
    }

    public Revised<DunningAccountDocument> homeVisited(Caller caller, String accountId, IfMatch ifMatch,
            String outcome) {
        return revised(accounts.change(caller, accountId, ifMatch, document -> document.current()
                .recordHomeVisit(new StageRecord(outcome, null, caller.subject(), clock.instant()))));
    }

    public Revised<DunningAccountDocument> referredToLegal(Caller caller, String accountId, IfMatch ifMatch,
            String outcome, String reference) {
        return revised(accounts.change(caller, accountId, ifMatch, document -> document.current()
                .recordLegalReferral(new StageRecord(outcome, reference, caller.subject(), clock.instant()))));
    }

    private static Revised<DunningAccountDocument> revised(DunningAccountDocument document) {
        return new Revised<>(document, document.getRevision());
    }
}
