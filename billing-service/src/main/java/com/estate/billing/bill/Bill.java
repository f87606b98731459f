package com.estate.billing.bill;

import com.estate.platform.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A bill to one fee account: lines, their total, a due date, and the money applied to it. Plain Java: every change
 * answers a new bill; the status and the open amount are derived from the allocations, never set.
 *
 * @param period      the days billed, for a periodic bill; null for a one-off bill
 * @param requestedBy the request a one-off bill answers; null for a periodic bill
 * @param runId       the bill run that issued it, or null
 * @param paidAt      when it was first fully paid (kept if a payment is reversed later: bill.paid is published once)
 */
public record Bill(String id, String accountId, String unitId, String communityId, BillPeriod period,
        RequestedBy requestedBy, List<BillLine> lines, Money total, LocalDate dueDate, Instant issuedAt,
        BillStatus status, List<Allocation> allocations, Instant paidAt, String runId, Instant voidedAt,
        String voidReason) {

    public Bill {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(status, "status");
        lines = List.copyOf(lines);
        allocations = List.copyOf(allocations);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a bill has at least one line");
        }
        if (!total.equals(sum(lines))) {
            throw new IllegalArgumentException("a bill's total is the sum of its lines");
        }
    }

    /** A new bill, nothing applied yet. Its total is the sum of its lines. */
    public static Bill issue(String id, String accountId, String unitId, String communityId, BillPeriod period,
            RequestedBy requestedBy, List<BillLine> lines, LocalDate dueDate, Instant issuedAt, String runId) {
        return new Bill(id, accountId, unitId, communityId, period, requestedBy, lines, sum(lines), dueDate, issuedAt,
                BillStatus.ISSUED, List.of(), null, runId, null, null);
    }

    private static Money sum(List<BillLine> lines) {
        return lines.stream().map(BillLine::amount).reduce(Money.zero(), Money::plus);
    }

    /** What is still to be paid: the total less the active allocations (never below zero). */
    public Money openAmount() {
        return total.minus(applied());
    }

    public Money applied() {
        return allocations.stream().filter(Allocation::isActive).map(Allocation::amount)
                .reduce(Money.zero(), Money::plus);
    }

    public Optional<Allocation> allocation(String allocationId) {
        return allocations.stream().filter(a -> a.id().equals(allocationId)).findFirst();
    }

    /**
     * Applies up to {@code offered} of a payment (or of credit) to this bill, once per allocation id: what was applied
     * under that id before is answered again and nothing changes.
     *
     * @return the bill after it, and what was applied (at most the open amount; zero if nothing is open)
     */
    public Applied apply(String allocationId, Money offered, Instant at) {
        Optional<Allocation> before = allocation(allocationId);
        if (before.isPresent()) {
            return new Applied(this, before.get().isActive() ? before.get().amount() : Money.zero(), false);
        }
        if (status == BillStatus.VOIDED) {
            throw new BillVoidedException(id);
        }
        if (offered.amount().signum() <= 0) {
            throw new IllegalArgumentException("a payment applied is positive: " + offered.toPlainString());
        }
        Money open = openAmount();
        Money amount = offered.amount().compareTo(open.amount()) <= 0 ? offered : open;
        if (amount.amount().signum() <= 0) {
            return new Applied(this, Money.zero(), false);
        }
        List<Allocation> next = new ArrayList<>(allocations);
        next.add(new Allocation(allocationId, amount, at, null));
        Bill after = withAllocations(next, at);
        return new Applied(after, amount, paidAt == null && after.status == BillStatus.PAID);
    }

    /** Takes back an allocation (a reversed or refunded payment); a second reversal changes nothing. */
    public Bill reverse(String allocationId, Instant at) {
        Allocation allocation = allocation(allocationId).orElseThrow(
                () -> new IllegalArgumentException("nothing was applied to bill " + id + " under " + allocationId));
        if (!allocation.isActive()) {
            return this;
        }
        List<Allocation> next = allocations.stream().map(a -> a.id().equals(allocationId) ? a.reversed(at) : a)
                .toList();
        return withAllocations(next, at);
    }

    /** Cancels an unpaid bill. */
    public Bill voided(String reason, Instant at) {
        if (status == BillStatus.VOIDED) {
            return this;
        }
        if (applied().amount().signum() != 0) {
            throw new IllegalStateException("bill " + id + " has money applied; reverse it first");
        }
        return new Bill(id, accountId, unitId, communityId, period, requestedBy, lines, total, dueDate, issuedAt,
                BillStatus.VOIDED, allocations, paidAt, runId, at, Objects.requireNonNull(reason, "reason"));
    }

    private Bill withAllocations(List<Allocation> next, Instant at) {
        Money applied = next.stream().filter(Allocation::isActive).map(Allocation::amount)
                .reduce(Money.zero(), Money::plus);
        BillStatus nextStatus = applied.equals(total) ? BillStatus.PAID
                : applied.amount().signum() == 0 ? BillStatus.ISSUED : BillStatus.PARTLY_PAID;
        Instant firstPaid = paidAt == null && nextStatus == BillStatus.PAID ? at : paidAt;
        return new Bill(id, accountId, unitId, communityId, period, requestedBy, lines, total, dueDate, issuedAt,
                nextStatus, next, firstPaid, runId, voidedAt, voidReason);
    }

    /**
     * @param bill      the bill after the application
     * @param amount    what this allocation id applied (zero if nothing was open, or it was reversed since)
     * @param nowPaid   this application made the bill paid in full for the first time (bill.paid is due)
     */
    public record Applied(Bill bill, Money amount, boolean nowPaid) {
    }
}
