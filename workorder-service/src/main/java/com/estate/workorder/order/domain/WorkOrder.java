package com.estate.workorder.order.domain;

import com.estate.workorder.deadline.Deadlines;
import com.estate.workorder.quote.Quote;
import com.estate.workorder.quote.QuoteStatus;
import com.estate.workorder.warranty.Coverage;
import com.estate.workorder.warranty.WarrantyDecision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A repair work order and its state machine (infra/ARCHITECTURE.md §23), plain Java: every action checks the
 * {@link Action} table first (409 naming the status and the allowed actions otherwise), then its own preconditions,
 * changes the order and records a {@link HistoryEntry}. Who may act is decided before (the service's access rules);
 * which events an action raises is decided after, from the action and the status it led to.
 */
public final class WorkOrder {

    private String id;
    private String communityId;
    private String unitId;
    private String publicArea;
    private Requester requester;
    private Contact contact;
    private String category;
    private String description;
    private List<String> photoIds = new ArrayList<>();
    private TimeWindow preferredWindow;
    private boolean emergency;
    private Channel channel;
    private Origin origin;
    private WorkOrderStatus status;
    private String assigneeId;
    private boolean pooled;
    private TimeWindow appointment;
    private String pauseReason;
    private WarrantyDecision warranty;
    private Quote quote;
    private Completion completion;
    private String disputeReason;
    private Rating rating;
    private LocalDate leakTestOn;
    private Deadlines deadlines;
    private int urgeCount;
    private Instant lastUrgedAt;
    private boolean chargeRequested;
    private Instant createdAt;
    private Instant changedAt;
    private List<HistoryEntry> history = new ArrayList<>();

    private WorkOrder() {
    }

    /** The facts of an intake; the unit is absent for a public-area repair, which names its place instead. */
    public record Intake(String communityId, String unitId, String publicArea, Requester requester, Contact contact,
            String category, String description, List<String> photoIds, TimeWindow preferredWindow,
            boolean emergency, Channel channel, Origin origin) {

        public Intake {
            Objects.requireNonNull(communityId, "communityId");
            Objects.requireNonNull(requester, "requester");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(origin, "origin");
            if ((unitId == null) == (publicArea == null || publicArea.isBlank())) {
                throw new InvalidWorkOrderException("unitId", "an order is for a unit or for a public area, not both");
            }
            if (description == null || description.isBlank()) {
                throw new InvalidWorkOrderException("description", "an order says what is broken");
            }
            photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
        }

        public boolean isPublicArea() {
            return unitId == null;
        }
    }

    /** A new order, OPEN, with the warranty decision and deadlines made for it at intake. */
    public static WorkOrder open(String id, Intake intake, WarrantyDecision warranty, Deadlines deadlines,
            Instant now) {
        WorkOrder order = new WorkOrder();
        order.id = Objects.requireNonNull(id, "id");
        order.communityId = intake.communityId();
        order.unitId = intake.unitId();
        order.publicArea = intake.isPublicArea() ? intake.publicArea().strip() : null;
        order.requester = intake.requester();
        order.contact = intake.contact();
        order.category = intake.category();
        order.description = intake.description().strip();
        order.photoIds = new ArrayList<>(intake.photoIds());
        order.preferredWindow = intake.preferredWindow();
        order.emergency = intake.emergency();
        order.channel = intake.channel();
        order.origin = intake.origin();
        order.status = WorkOrderStatus.OPEN;
        order.warranty = Objects.requireNonNull(warranty, "warranty");
        order.deadlines = Objects.requireNonNull(deadlines, "deadlines");
        order.createdAt = now;
        order.changedAt = now;
        order.history.add(new HistoryEntry("intake", null, WorkOrderStatus.OPEN, intake.requester().id(), null, now));
        return order;
    }

    public void assign(String technicianId, String by, Instant now) {
        require(Action.ASSIGN);
        assigneeId = Objects.requireNonNull(technicianId, "technicianId");
        pooled = false;
        move(Action.ASSIGN, WorkOrderStatus.ASSIGNED, by, technicianId, now);
    }

    /** Offered to the community's technicians, the first to grab it gets it. */
    public void pool(String by, Instant now) {
        require(Action.POOL);
        pooled = true;
        move(Action.POOL, status, by, null, now);
    }

    public void grab(String technicianId, Instant now) {
        require(Action.GRAB);
        if (!pooled) {
            throw new WorkOrderRuleException("work-order-not-in-pool", "order " + id + " is not in the pool", id);
        }
        assigneeId = technicianId;
        pooled = false;
        move(Action.GRAB, WorkOrderStatus.ASSIGNED, technicianId, null, now);
    }

    /** The assigned technician accepts, with the appointment agreed with the resident: the order is responded to. */
    public void accept(TimeWindow agreedAppointment, Instant now) {
        require(Action.ACCEPT);
        appointment = Objects.requireNonNull(agreedAppointment, "appointment");
        deadlines = deadlines.responded(now);
        move(Action.ACCEPT, WorkOrderStatus.SCHEDULED, assigneeId, null, now);
    }

    /** The assigned technician declines: back to dispatch. */
    public void decline(String reason, Instant now) {
        require(Action.DECLINE);
        String technician = assigneeId;
        assigneeId = null;
        move(Action.DECLINE, WorkOrderStatus.OPEN, technician, requireReason(reason), now);
    }

    public void transfer(String toTechnicianId, String reason, String by, Instant now) {
        require(Action.TRANSFER);
        Objects.requireNonNull(toTechnicianId, "technicianId");
        if (toTechnicianId.equals(assigneeId)) {
            throw new WorkOrderRuleException("work-order-same-assignee", "order " + id + " is assigned to "
                    + toTechnicianId + " already", id, toTechnicianId);
        }
        assigneeId = toTechnicianId;
        appointment = null;
        pauseReason = null;
        move(Action.TRANSFER, WorkOrderStatus.ASSIGNED, by, requireReason(reason), now);
    }

    /** Work starts; a paid repair only once the resident accepted its quote (infra/BUSINESS-RULES.md §14.2). */
    public void start(String by, Instant now) {
        require(Action.START);
        if (warranty.isPaid() && (quote == null || !quote.isAccepted())) {
            throw new WorkOrderRuleException("work-order-quote-not-accepted", "order " + id
                    + " is a paid repair: the resident accepts its quote before work starts", id);
        }
        move(Action.START, WorkOrderStatus.IN_PROGRESS, by, null, now);
    }

    /** Waiting for parts (or another reason the work cannot go on), recorded. */
    public void pause(String reason, String by, Instant now) {
        require(Action.PAUSE);
        pauseReason = requireReason(reason);
        move(Action.PAUSE, WorkOrderStatus.PAUSED, by, pauseReason, now);
    }

    public void resume(String by, Instant now) {
        require(Action.RESUME);
        pauseReason = null;
        move(Action.RESUME, WorkOrderStatus.IN_PROGRESS, by, null, now);
    }

    public void finish(String notes, List<Material> materials, List<String> photos, String by, Instant now) {
        require(Action.FINISH);
        completion = new Completion(notes, materials, photos, by, now);
        deadlines = deadlines.completed(now);
        move(Action.FINISH, WorkOrderStatus.COMPLETED, by, notes, now);
    }

    /** The resident (or the desk on their behalf) accepts the work. */
    public void acceptWork(String by, Instant now) {
        require(Action.ACCEPT_WORK);
        move(Action.ACCEPT_WORK, WorkOrderStatus.ACCEPTED, by, null, now);
    }

    public void dispute(String reason, String by, Instant now) {
        require(Action.DISPUTE);
        disputeReason = requireReason(reason);
        move(Action.DISPUTE, WorkOrderStatus.DISPUTED, by, disputeReason, now);
    }

    public void rate(int score, String comment, String by, Instant now) {
        require(Action.RATE);
        if (rating != null) {
            throw new WorkOrderRuleException("work-order-rated", "order " + id + " is rated already", id);
        }
        rating = new Rating(score, comment == null || comment.isBlank() ? null : comment.strip(), now);
        move(Action.RATE, status, by, null, now);
    }

    public void close(String note, String by, Instant now) {
        require(Action.CLOSE);
        move(Action.CLOSE, WorkOrderStatus.CLOSED, by, note, now);
    }

    /** Work starts over (a dispute, a defect reported again): back to dispatch with a new completion target. */
    public void reopen(String reason, Instant newCompleteBy, String by, Instant now) {
        require(Action.REOPEN);
        String why = requireReason(reason);
        assigneeId = null;
        appointment = null;
        pooled = false;
        rating = null;
        deadlines = deadlines.restarted(newCompleteBy);
        move(Action.REOPEN, WorkOrderStatus.REOPENED, by, why, now);
    }

    public void cancel(String reason, String by, Instant now) {
        require(Action.CANCEL);
        String why = requireReason(reason);
        assigneeId = null;
        pooled = false;
        move(Action.CANCEL, WorkOrderStatus.CANCELLED, by, why, now);
    }

    /** The leak test that follows a leak repair, on the day it was done: it starts the return visit's clock. */
    public void recordLeakTest(LocalDate testedOn, String by, Instant now) {
        require(Action.LEAK_TEST);
        leakTestOn = Objects.requireNonNull(testedOn, "testedOn");
        move(Action.LEAK_TEST, status, by, testedOn.toString(), now);
    }

    /** A quote for a paid repair; a new one replaces one that was declined or not yet decided. */
    public void proposeQuote(Quote proposed, Instant now) {
        require(Action.QUOTE);
        if (!warranty.isPaid()) {
            throw new WorkOrderRuleException("work-order-free", "order " + id + " is a free repair: no quote", id);
        }
        if (quote != null && quote.isAccepted()) {
            throw new WorkOrderRuleException("work-order-quote-accepted", "the resident accepted the quote of order "
                    + id + " already", id);
        }
        quote = proposed;
        move(Action.QUOTE, status, proposed.proposedBy(), proposed.total().toPlainString(), now);
    }

    public void decideQuote(QuoteStatus decision, String by, Instant now) {
        Action action = decision == QuoteStatus.ACCEPTED ? Action.ACCEPT_QUOTE : Action.DECLINE_QUOTE;
        require(action);
        if (quote == null || quote.status() != QuoteStatus.PROPOSED) {
            throw new WorkOrderRuleException("work-order-no-quote", "order " + id + " has no quote waiting for a decision",
                    id);
        }
        quote = quote.decided(decision, by, now);
        move(action, status, by, null, now);
    }

    /** Staff decide free or paid otherwise than the rule, with a reason; both decisions stay on record. */
    public void overrideWarranty(Coverage coverage, String reason, String by, Instant now) {
        require(Action.OVERRIDE_WARRANTY);
        String why = requireReason(reason);
        if (quote != null && quote.isAccepted() && coverage == Coverage.PAID) {
            throw new WorkOrderRuleException("work-order-quote-accepted", "the resident accepted the quote of order "
                    + id + " already", id);
        }
        warranty = warranty.overridden(coverage, by, why, now);
        if (coverage == Coverage.FREE) {
            quote = null;
        }
        move(Action.OVERRIDE_WARRANTY, status, by, coverage + ": " + why, now);
    }

    /** The resident urges (催单): counted, shown to staff; the assignee is told. */
    public void urge(String by, Instant now) {
        require(Action.URGE);
        urgeCount++;
        lastUrgedAt = now;
        move(Action.URGE, status, by, null, now);
    }

    /** Marks what the scanner found overdue; answers which targets were missed now (none when already marked). */
    public List<DeadlineKind> markOverdue(Instant now) {
        List<DeadlineKind> missed = new ArrayList<>();
        if (status.isFinal()) {
            return missed;
        }
        if (deadlines.responseOverdue(now)) {
            deadlines = deadlines.markResponseOverdue(now);
            missed.add(DeadlineKind.RESPONSE);
        }
        if (deadlines.completionOverdue(now)) {
            deadlines = deadlines.markCompletionOverdue(now);
            missed.add(DeadlineKind.COMPLETION);
        }
        return missed;
    }

    /** A paid repair whose charge billing has not been asked for yet, now that the work is done and accepted. */
    public boolean takeChargeDue() {
        boolean due = !chargeRequested && warranty.isPaid() && quote != null && quote.isAccepted()
                && (status == WorkOrderStatus.ACCEPTED || status == WorkOrderStatus.CLOSED);
        if (due) {
            chargeRequested = true;
        }
        return due;
    }

    private void require(Action action) {
        if (!action.allowedIn(status)) {
            throw new ActionNotAllowedException(action, status);
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidWorkOrderException("reason", "this action needs a reason");
        }
        return reason.strip();
    }

    private void move(Action action, WorkOrderStatus to, String by, String note, Instant now) {
        history.add(new HistoryEntry(action.wire(), status, to, by, note, now));
        status = to;
        changedAt = now;
    }

    public String id() { return id; }
    public String communityId() { return communityId; }
    public String unitId() { return unitId; }
    public String publicArea() { return publicArea; }
    public boolean isPublicArea() { return unitId == null; }
    public Requester requester() { return requester; }
    public Contact contact() { return contact; }
    public String category() { return category; }
    public String description() { return description; }
    public List<String> photoIds() { return List.copyOf(photoIds); }
    public TimeWindow preferredWindow() { return preferredWindow; }
    public boolean emergency() { return emergency; }
    public Channel channel() { return channel; }
    public Origin origin() { return origin; }
    public WorkOrderStatus status() { return status; }
    public String assigneeId() { return assigneeId; }
    public boolean pooled() { return pooled; }
    public TimeWindow appointment() { return appointment; }
    public String pauseReason() { return pauseReason; }
    public WarrantyDecision warranty() { return warranty; }
    public Quote quote() { return quote; }
    public Completion completion() { return completion; }
    public String disputeReason() { return disputeReason; }
    public Rating rating() { return rating; }
    public LocalDate leakTestOn() { return leakTestOn; }
    public Deadlines deadlines() { return deadlines; }
    public int urgeCount() { return urgeCount; }
    public Instant lastUrgedAt() { return lastUrgedAt; }
    public Instant createdAt() { return createdAt; }
    public Instant changedAt() { return changedAt; }
    public List<HistoryEntry> history() { return List.copyOf(history); }

    /** The actions the order's status allows, for clients to offer. */
    public List<Action> allowedActions() {
        return Action.allowedActions(status);
    }
}
