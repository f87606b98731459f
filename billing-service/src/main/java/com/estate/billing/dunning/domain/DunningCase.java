package com.estate.billing.dunning.domain;

import com.estate.platform.money.Money;
import com.estate.platform.problem.BusinessRuleException;
import com.estate.platform.problem.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The dunning (催缴) of one account's arrears, from being listed to being paid (infra/BUSINESS-RULES.md §13,
 * Dunning). It moves forward one stage at a time, by staff's actions or by the scanner when a stage's time has come
 * ({@link #dueStage}); a promise to pay holds it back until the promised day has passed; paying everything overdue
 * closes it. Arrears after that open a new case. Each change returns the {@link StageChange} to announce.
 */
public class DunningCase {

    public static final String SYSTEM = "system";

    private String id;
    private String accountId;
    private String unitId;
    private String communityId;
    private DunningStage stage;
    private boolean open;
    private Instant openedAt;
    private Instant stageEnteredAt;
    private Instant closedAt;
    private Money overdue;
    private LocalDate overdueSince;
    private NonPaymentReason reason;
    private Reminder reminder;
    private Letter letter;
    private StageRecord homeVisit;
    private StageRecord legalReferral;
    private List<Contact> contacts = new ArrayList<>();
    private List<PromiseToPay> promises = new ArrayList<>();
    private List<StageChange> history = new ArrayList<>();

    private DunningCase() {
    }

    /**
     * Lists an account whose arrears have no open case (stage 1).
     *
     * @param overdueSince the due date of its oldest overdue charge
     */
    public static DunningCase list(String id, String accountId, String unitId, String communityId, Money overdue,
            LocalDate overdueSince, Instant now) {
        DunningCase opened = new DunningCase();
        opened.id = Objects.requireNonNull(id, "id");
        opened.accountId = Objects.requireNonNull(accountId, "accountId");
        opened.unitId = Objects.requireNonNull(unitId, "unitId");
        opened.communityId = Objects.requireNonNull(communityId, "communityId");
        opened.overdue = Objects.requireNonNull(overdue, "overdue");
        opened.overdueSince = Objects.requireNonNull(overdueSince, "overdueSince");
        opened.open = true;
        opened.openedAt = now;
        opened.stage = DunningStage.LISTED;
        opened.stageEnteredAt = now;
        opened.history.add(new StageChange(null, DunningStage.LISTED, StageChange.Trigger.SCHEDULE, overdue, SYSTEM,
                now));
        return opened;
    }

    /**
     * The stage the scanner should move the case to on {@code today}, if its time has come: an SMS reminder when
     * staff have not reminded within {@link DunningTimings#reminderAfterListing}; the letter three months after
     * the reminder; then the home visit (only for an owner who lives there) and the legal referral. Nothing while
     * a promise to pay holds.
     */
    public Optional<DunningStage> dueStage(LocalDate today, boolean ownerLivesThere, DunningTimings timings) {
        if (!open || promiseHolds(today)) {
            return Optional.empty();
        }
        LocalDate entered = LocalDate.ofInstant(stageEnteredAt, timings.zone());
        return switch (stage) {
            case LISTED -> reached(today, entered.plus(timings.reminderAfterListing()), DunningStage.REMINDED);
            case REMINDED -> reached(today,
                    LocalDate.ofInstant(reminder.at(), timings.zone()).plus(timings.letterAfterNotice()),
                    DunningStage.LETTER_SENT);
            case LETTER_SENT -> ownerLivesThere
                    ? reached(today, entered.plus(timings.homeVisitAfterLetter()), DunningStage.HOME_VISIT)
                    : reached(today, entered.plus(timings.legalAfterLetter()), DunningStage.LEGAL_REFERRAL);
            case HOME_VISIT -> reached(today, entered.plus(timings.legalAfterHomeVisit()),
                    DunningStage.LEGAL_REFERRAL);
            case LEGAL_REFERRAL -> Optional.empty();
        };
    }

    private static Optional<DunningStage> reached(LocalDate today, LocalDate from, DunningStage next) {
        return today.isBefore(from) ? Optional.empty() : Optional.of(next);
    }

    public boolean promiseHolds(LocalDate today) {
        return latestPromise().map(promise -> promise.holdsOn(today)).orElse(false);
    }

    public Optional<PromiseToPay> latestPromise() {
        return promises.isEmpty() ? Optional.empty() : Optional.of(promises.getLast());
    }

    /** Stage 1's finding: why the household does not pay; may be corrected at any stage. */
    public void recordReason(NonPaymentReason found) {
        requireOpen();
        this.reason = Objects.requireNonNull(found, "reason");
    }

    /**
     * A contact with the household. A phone call or SMS that reached it while the case is listed is the stage-2
     * notice (what it said is {@code notice}); any other contact is only recorded. The scanner's own SMS is
     * recorded {@link #SYSTEM by the system} and moves the case as {@link StageChange.Trigger#SCHEDULE}.
     */
    public Optional<StageChange> recordContact(Contact contact, Reminder notice) {
        requireOpen();
        contacts.add(Objects.requireNonNull(contact, "contact"));
        boolean reminds = contact.channel() == ContactChannel.PHONE || contact.channel() == ContactChannel.SMS;
        if (stage == DunningStage.LISTED && reminds && contact.outcome().reachedTheHousehold()) {
            StageChange.Trigger trigger = SYSTEM.equals(contact.recordedBy()) ? StageChange.Trigger.SCHEDULE
                    : StageChange.Trigger.STAFF;
            return Optional.of(remind(notice, trigger, contact.recordedBy(), contact.at()));
        }
        return Optional.empty();
    }

    /**
     * Moves the case to {@code next}, which must be the stage after the current one or, for an owner who does not
     * live there, the legal referral straight after the letter. The reminder and the letter carry what they say.
     */
    public StageChange advance(DunningStage next, Reminder notice, Letter generated, StageChange.Trigger trigger,
            String by, Instant now) {
        requireOpen();
        return switch (next) {
            case REMINDED -> remind(notice, trigger, by, now);
            case LETTER_SENT -> {
                requireStage(DunningStage.REMINDED, next);
                this.letter = Objects.requireNonNull(generated, "letter");
                yield enter(next, trigger, by, now);
            }
            case HOME_VISIT -> {
                requireStage(DunningStage.LETTER_SENT, next);
                yield enter(next, trigger, by, now);
            }
            case LEGAL_REFERRAL -> {
                if (stage != DunningStage.LETTER_SENT && stage != DunningStage.HOME_VISIT) {
                    throw notNext(next);
                }
                yield enter(next, trigger, by, now);
            }
            case LISTED -> throw notNext(next);
        };
    }

    private StageChange remind(Reminder notice, StageChange.Trigger trigger, String by, Instant now) {
        requireStage(DunningStage.LISTED, DunningStage.REMINDED);
        this.reminder = Objects.requireNonNull(notice, "notice");
        return enter(DunningStage.REMINDED, trigger, by, now);
    }

    /** Stage 3: the letter went by express mail with this tracking number. */
    public void recordLetterDispatch(String courier, String trackingNumber, String by, Instant now) {
        requireOpen();
        if (letter == null) {
            throw new BusinessRuleException("dunning-no-letter", "the case has no dunning letter yet", id);
        }
        if (letter.dispatched() && !letter.trackingNumber().equals(trackingNumber)) {
            throw new ConflictException("dunning-letter-dispatched", "the letter went out already", id,
                    letter.trackingNumber());
        }
        letter = letter.dispatched(courier, trackingNumber, by, now);
        contacts.add(new Contact("letter-" + letter.letterNumber(), ContactChannel.EXPRESS_MAIL,
                ContactOutcome.SENT, courier + " " + trackingNumber, by, now));
    }

    /** Stage 4 done: what the visit came to. */
    public void recordHomeVisit(StageRecord visit) {
        requireOpen();
        requireStage(DunningStage.HOME_VISIT, DunningStage.HOME_VISIT);
        this.homeVisit = Objects.requireNonNull(visit, "visit");
        contacts.add(new Contact("visit-" + visit.at().toEpochMilli(), ContactChannel.HOME_VISIT,
                ContactOutcome.REACHED_OTHER, visit.outcome(), visit.recordedBy(), visit.at()));
    }

    /** Stage 5 done: to whom the case was handed (a law firm, a court filing) and its reference. */
    public void recordLegalReferral(StageRecord referral) {
        requireOpen();
        requireStage(DunningStage.LEGAL_REFERRAL, DunningStage.LEGAL_REFERRAL);
        this.legalReferral = Objects.requireNonNull(referral, "referral");
    }

    /** A promise to pay by a day between today and {@link DunningTimings#longestPromise} ahead. */
    public void promise(PromiseToPay promise, LocalDate today, DunningTimings timings) {
        requireOpen();
        if (promise.payBy().isBefore(today) || promise.payBy().isAfter(today.plus(timings.longestPromise()))) {
            throw new BusinessRuleException("dunning-promise-date", "a promise to pay is for a day from today on",
                    promise.payBy(), today, today.plus(timings.longestPromise()));
        }
        promises.add(promise);
    }

    /** The arrears changed but are still there: what is overdue now. */
    public void overdueNow(Money amount) {
        requireOpen();
        this.overdue = amount;
    }

    /** Everything overdue is paid: dunning stops. */
    public StageChange closePaid(Instant now) {
        requireOpen();
        StageChange change = new StageChange(stage, null, StageChange.Trigger.PAID, Money.zero(), SYSTEM, now);
        history.add(change);
        open = false;
        closedAt = now;
        overdue = Money.zero();
        return change;
    }

    private StageChange enter(DunningStage next, StageChange.Trigger trigger, String by, Instant now) {
        StageChange change = new StageChange(stage, next, trigger, overdue, by, now);
        history.add(change);
        stage = next;
        stageEnteredAt = now;
        return change;
    }

    private void requireStage(DunningStage required, DunningStage wanted) {
        if (stage != required) {
            throw notNext(wanted);
        }
    }

    private ConflictException notNext(DunningStage wanted) {
        return new ConflictException("dunning-stage", "the case is not at the stage before that one", id,
                stage.name(), wanted.name());
    }

    private void requireOpen() {
        if (!open) {
            throw new ConflictException("dunning-closed", "the case is closed: the arrears were paid", id);
        }
    }

    public String id() {
        return id;
    }

    public String accountId() {
        return accountId;
    }

    public String unitId() {
        return unitId;
    }

    public String communityId() {
        return communityId;
    }

    public DunningStage stage() {
        return stage;
    }

    public boolean isOpen() {
        return open;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant stageEnteredAt() {
        return stageEnteredAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Money overdue() {
        return overdue;
    }

    public LocalDate overdueSince() {
        return overdueSince;
    }

    public NonPaymentReason reason() {
        return reason;
    }

    public Reminder reminder() {
        return reminder;
    }

    public Letter letter() {
        return letter;
    }

    public StageRecord homeVisit() {
        return homeVisit;
    }

    public StageRecord legalReferral() {
        return legalReferral;
    }

    public List<Contact> contacts() {
        return List.copyOf(contacts);
    }

    public List<PromiseToPay> promises() {
        return List.copyOf(promises);
    }

    public List<StageChange> history() {
        return List.copyOf(history);
    }
}
