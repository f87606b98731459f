package com.estate.billing.dunning;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.estate.billing.BillingProperties;
import com.estate.billing.arrears.AccountArrears;
import com.estate.billing.arrears.OpenBills;
import com.estate.billing.arrears.domain.Aging;
import com.estate.billing.dunning.domain.Contact;
import com.estate.billing.dunning.domain.ContactChannel;
import com.estate.billing.dunning.domain.ContactOutcome;
import com.estate.billing.dunning.domain.DunningCase;
import com.estate.billing.dunning.domain.DunningStage;
import com.estate.billing.dunning.domain.DunningTimings;
import com.estate.billing.dunning.domain.Letter;
import com.estate.billing.dunning.domain.Reminder;
import com.estate.billing.dunning.domain.StageChange;
import com.estate.billing.dunning.persistence.DunningAccountDocument;
import com.estate.platform.persistence.Sequences;
import java.time.Clock;
import java.time.ZoneId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * One pass of the stage scanner over every account (infra/ARCHITECTURE.md §22): lists accounts that fell into arrears,
 * closes the cases of accounts that have nothing overdue any more, and moves every other open case on when its
 * stage's time has come (by the injected clock, in the business time zone). It reads all open bills and all open
 * cases in two queries, then writes only what changes, account by account.
 */
@Service
public class DunningScan {

    /** What one pass did. */
    public record Report(int listed, int advanced, int closed, Instant at) {
    }

    private final MongoTemplate mongo;
    private final OpenBills openBills;
    private final DunningAccounts accounts;
    private final DunningNotices notices;
    private final Sequences sequences;
    private final DunningProperties properties;
    private final ZoneId zone;
    private final Clock clock;

    DunningScan(MongoTemplate mongo, OpenBills openBills, DunningAccounts accounts, DunningNotices notices,
            Sequences sequences, DunningProperties properties, BillingProperties billing, Clock clock) {
        this.mongo = mongo;
        this.openBills = openBills;
        this.accounts = accounts;
        this.notices = notices;
        this.sequences = sequences;
        this.properties = properties;
        this.zone = billing.timeZone();
        this.clock = clock;
    }

    public Report run() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Map<String, AccountArrears> arrears = openBills.everywhere();
        Map<String, DunningAccountDocument> open = new HashMap<>();
        mongo.find(query(where("open").is(true)), DunningAccountDocument.class)
                .forEach(document -> open.put(document.accountId(), document));
        int listed = 0;
        int advanced = 0;
        int closed = 0;
        for (AccountArrears account : arrears.values()) {
            if (!account.aging(today).inArrears()) {
                continue;
            }
            DunningAccountDocument document = open.get(account.accountId());
            if (document == null) {
                listed += list(account, today, now) ? 1 : 0;
            } else {
                advanced += review(account.accountId(), Optional.of(account), today, now);
            }
        }
        for (String accountId : open.keySet()) {
            AccountArrears account = arrears.get(accountId);
            if (account == null || !account.aging(today).inArrears()) {
                closed += review(accountId, Optional.ofNullable(account), today, now) < 0 ? 1 : 0;
            }
        }
        return new Report(listed, advanced, closed, now);
    }

    /** One account at once (a bill was paid): closes its case if nothing is overdue any more. */
    public void reviewAccount(DunningAccountDocument document) {
        if (!document.hasOpenCase()) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Aging aging = openBills.ofAccount(document.accountId()).map(account -> account.aging(today))
                .orElse(Aging.none());
        if (!aging.inArrears()) {
            notices.stageChanged(document, document.current().closePaid(now));
            document.synced();
        }
    }

    private boolean list(AccountArrears account, LocalDate today, Instant now) {
        boolean[] listed = {false};
        accounts.changeOrCreate(account.accountId(), account.unitId(), account.communityId(), document -> {
            listed[0] = false;
            if (document.hasOpenCase()) {
                return;
            }
            Aging aging = account.aging(today);
            DunningCase opened = DunningCase.list(document.nextCaseId(), account.accountId(), account.unitId(),
                    account.communityId(), aging.overdue(), aging.oldestOverdueDueDate().orElseThrow(), now);
            document.start(opened);
            notices.stageChanged(document, opened.history().getFirst());
            listed[0] = true;
        });
        return listed[0];
    }

    /** @return 1 if the case moved on, -1 if it was closed, 0 if nothing changed */
    private int review(String accountId, Optional<AccountArrears> account, LocalDate today, Instant now) {
        DunningTimings timings = properties.timings(zone);
        int[] outcome = {0};
        String[] drawn = {null};
        accounts.changeExisting(accountId, document -> {
            outcome[0] = 0;
            if (!document.hasOpenCase()) {
                return;
            }
            DunningCase dunning = document.current();
            Aging aging = account.map(a -> a.aging(today)).orElse(Aging.none());
            if (!aging.inArrears()) {
                notices.stageChanged(document, dunning.closePaid(now));
                outcome[0] = -1;
                return;
            }
            if (!aging.overdue().equals(dunning.overdue())) {
                dunning.overdueNow(aging.overdue());
            }
            Optional<DunningStage> due = dunning.dueStage(today, document.ownerLivesThere(), timings);
            if (due.isEmpty()) {
                return;
            }
            List<String> periods = account.orElseThrow().overduePeriods(today);
            LocalDate deadline = today.plus(timings.paymentDeadline());
            StageChange change = switch (due.get()) {
                case REMINDED -> {
                    Reminder sms = new Reminder(ContactChannel.SMS, aging.overdue(), periods, deadline, now);
                    notices.smsReminder(document, sms);
                    yield dunning.recordContact(new Contact("sms-" + now.toEpochMilli(), ContactChannel.SMS,
                            ContactOutcome.SENT, null, DunningCase.SYSTEM, now), sms).orElseThrow();
                }
                case LETTER_SENT -> {
                    if (drawn[0] == null) {
                        drawn[0] = letterNumber(dunning.communityId(), today);
                    }
                    yield dunning.advance(DunningStage.LETTER_SENT, null, new Letter(drawn[0], aging.overdue(),
                            periods, deadline, now, null, null, null, null), StageChange.Trigger.SCHEDULE,
                            DunningCase.SYSTEM, now);
                }
                default -> dunning.advance(due.get(), null, null, StageChange.Trigger.SCHEDULE, DunningCase.SYSTEM,
                        now);
            };
            notices.stageChanged(document, change);
            outcome[0] = 1;
        });
        return outcome[0];
    }

    /**
     * {@code CJ-2026-0001}, per community and year, drawn only once the letter is due; a write retried after a
     * conflict keeps the number it drew (see review), so only a crash between the draw and the write leaves a gap.
     */
    private String letterNumber(String communityId, LocalDate today) {
        long number = sequences.next("dunning-letter:" + communityId + ":" + today.getYear());
        return "%s-%d-%04d".formatted(properties.letterPrefix(), today.getYear(), number);
    }
}
