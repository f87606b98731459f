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
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * One pass of the stage scanner over every account (infra/ARCHITECTURE.md §22): lists accounts that fell into arrears,
 * closes the cases of accounts that have nothing overdue any more, and moves every other open case on when its
 * stage's time has come (by the injected clock, in the business time zone). It reads the open bills and the open
 * cases through two cursors, both in account id order ({@code app.billing.dunning.scan-batch-size} documents a
 * fetch), and merges them, so only one account's bills are in memory at a time however many accounts there are;
 * it writes only what changes, account by account.
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
        Query openCases = query(where("open").is(true)).with(Sort.by("_id"));
        openCases.cursorBatchSize(properties.scanBatchSize());
        Tally tally = new Tally();
        try (Stream<AccountArrears> arrears = openBills.everywhereByAccount(properties.scanBatchSize());
                Stream<DunningAccountDocument> cases = mongo.stream(openCases, DunningAccountDocument.class)) {
            // both in account id order: one merge, one account in memory at a time
            Iterator<AccountArrears> owing = arrears.iterator();
            Iterator<DunningAccountDocument> dunned = cases.iterator();
            AccountArrears account = owing.hasNext() ? owing.next() : null;
            DunningAccountDocument open = dunned.hasNext() ? dunned.next() : null;
            String last = null;
            while (account != null || open != null) {
                if (open != null && last != null && open.accountId().compareTo(last) <= 0) {
                    open = dunned.hasNext() ? dunned.next() : null; // a case this pass opened, met again
                    continue;
                }
                int order = account == null ? 1 : open == null ? -1 : account.accountId().compareTo(open.accountId());
                if (order <= 0) {
                    scan(account, order == 0, today, now, tally);
                    last = account.accountId();
                    account = owing.hasNext() ? owing.next() : null;
                    if (order == 0) {
                        open = dunned.hasNext() ? dunned.next() : null;
                    }
                } else {
                    // an open case whose account has no open bill any more
                    tally.closed += review(open.accountId(), Optional.empty(), today, now) < 0 ? 1 : 0;
                    last = open.accountId();
                    open = dunned.hasNext() ? dunned.next() : null;
                }
            }
        }
        return new Report(tally.listed, tally.advanced, tally.closed, now);
    }

    private static final class Tally {
        int listed;
        int advanced;
        int closed;
    }

    /** An account with open bills: listed if it fell into arrears, its open case moved on or closed. */
    private void scan(AccountArrears account, boolean hasOpenCase, LocalDate today, Instant now, Tally tally) {
        boolean inArrears = account.aging(today).inArrears();
        if (!hasOpenCase) {
            tally.listed += inArrears && list(account, today, now) ? 1 : 0;
        } else if (inArrears) {
            tally.advanced += review(account.accountId(), Optional.of(account), today, now);
        } else {
            tally.closed += review(account.accountId(), Optional.of(account), today, now) < 0 ? 1 : 0;
        }
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
