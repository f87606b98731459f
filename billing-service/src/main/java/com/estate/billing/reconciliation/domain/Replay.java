package com.estate.billing.reconciliation.domain;

import com.estate.platform.money.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What billing's state should be, recomputed from the events alone (infra/ARCHITECTURE.md §22): every charge other
 * services asked for, every charge, bill, payment and refund billing announced, and from them each account's
 * balance (a voided bill's total taken off again). A record delivered twice (the same event id) counts once; the same charge, bill, payment or refund under a
 * second event id is a duplicate, counted once in the balance (the ledger books it once, by its derived id). Plain
 * Java: the job feeds it the events in topic order, then compares with the stored balances.
 */
public final class Replay {

    private record Announcement(String eventId, String accountId, String communityId) {
    }

    private record Request(String eventId, String unitId, String communityId) {
    }

    private final Set<String> seenEventIds = new HashSet<>();
    private final Map<String, String> communityOfAccount = new TreeMap<>();
    private final Map<String, Money> balances = new TreeMap<>();
    private final Map<String, Request> requested = new TreeMap<>();
    private final Map<String, List<Announcement>> posted = new TreeMap<>();
    private final Map<String, List<String>> billsOfCharge = new TreeMap<>();
    private final Map<String, List<Announcement>> bills = new TreeMap<>();
    private final Map<String, List<Announcement>> payments = new TreeMap<>();
    private final Map<String, List<Announcement>> refunds = new TreeMap<>();
    private final Map<String, List<Announcement>> voids = new TreeMap<>();
    private int eventsApplied;

    /** @return false if this event id was applied already (a redelivery), which changes nothing */
    private boolean firstTime(String eventId) {
        if (!seenEventIds.add(eventId)) {
            return false;
        }
        eventsApplied++;
        return true;
    }

    public void accountOpened(String eventId, String accountId, String communityId) {
        if (firstTime(eventId)) {
            known(accountId, communityId);
        }
    }

    public void chargeRequested(String eventId, String chargeId, String unitId, String communityId) {
        if (firstTime(eventId)) {
            requested.putIfAbsent(chargeId, new Request(eventId, unitId, communityId));
        }
    }

    public void chargePosted(String eventId, String chargeId, String accountId, String communityId) {
        if (firstTime(eventId)) {
            known(accountId, communityId);
            posted.computeIfAbsent(chargeId, id -> new ArrayList<>())
                    .add(new Announcement(eventId, accountId, communityId));
        }
    }

    /** A bill: its total is owed once, however often it is announced; each one-off charge on it is billed. */
    public void billIssued(String eventId, String billId, String accountId, String communityId, Money total,
            List<String> chargeIds) {
        if (firstTime(eventId) && announce(bills, billId, eventId, accountId, communityId)) {
            balances.merge(accountId, total, Money::plus);
            for (String chargeId : chargeIds) {
                billsOfCharge.computeIfAbsent(chargeId, id -> new ArrayList<>()).add(billId);
            }
        }
    }

    public void paymentReceived(String eventId, String paymentId, String accountId, String communityId,
            Money amount) {
        if (firstTime(eventId) && announce(payments, paymentId, eventId, accountId, communityId)) {
            balances.merge(accountId, Money.zero().minus(amount), Money::plus);
        }
    }

    /** A refund of credit or the reversal of a payment: either way the payer owes that much more again. */
    public void refundCompleted(String eventId, String refundId, String accountId, String communityId,
            Money amount) {
        if (firstTime(eventId) && announce(refunds, refundId, eventId, accountId, communityId)) {
            balances.merge(accountId, amount, Money::plus);
        }
    }

    /** A voided bill: its total (reversed on the ledger) is no longer owed; counted once per bill. */
    public void billVoided(String eventId, String billId, String accountId, String communityId, Money total) {
        if (firstTime(eventId) && announce(voids, billId, eventId, accountId, communityId)) {
            balances.merge(accountId, Money.zero().minus(total), Money::plus);
        }
    }

    /** @return true for the first announcement of the key (the one that counts) */
    private boolean announce(Map<String, List<Announcement>> byKey, String key, String eventId, String accountId,
            String communityId) {
        known(accountId, communityId);
        List<Announcement> announcements = byKey.computeIfAbsent(key, id -> new ArrayList<>());
        announcements.add(new Announcement(eventId, accountId, communityId));
        return announcements.size() == 1;
    }

    private void known(String accountId, String communityId) {
        communityOfAccount.putIfAbsent(accountId, communityId);
        balances.putIfAbsent(accountId, Money.zero());
    }

    /** Every account the events name: the ones whose stored balance is compared. */
    public Set<String> accounts() {
        return balances.keySet();
    }

    /** Distinct events applied (a redelivered record is not counted again). */
    public int eventsApplied() {
        return eventsApplied;
    }

    public int chargesExpected() {
        return requested.size();
    }

    /**
     * What disagrees, in a stable order (kind, community, account, subject), so the same events and state always
     * give the same list.
     *
     * @param storedBalances billing's balance of each account (the ledger's); an account absent from it has none
     */
    public List<Finding> findings(Map<String, Money> storedBalances) {
        List<Finding> findings = new ArrayList<>();
        requested.forEach((chargeId, request) -> {
            if (!posted.containsKey(chargeId)) {
                findings.add(new Finding(Finding.Kind.MISSING_CHARGE, request.communityId(), null, chargeId, "1",
                        "0", List.of(request.eventId())));
            }
        });
        posted.forEach((chargeId, announcements) -> {
            if (announcements.size() > 1) {
                findings.add(duplicate(Finding.Kind.DUPLICATE_CHARGE, chargeId, announcements));
            }
        });
        billsOfCharge.forEach((chargeId, billIds) -> {
            if (billIds.size() > 1) {
                Announcement bill = bills.get(billIds.getFirst()).getFirst();
                findings.add(new Finding(Finding.Kind.DUPLICATE_CHARGE, bill.communityId(), bill.accountId(),
                        chargeId, "1 bill", billIds.size() + " bills", billIds.stream()
                        .map(billId -> bills.get(billId).getFirst().eventId()).toList()));
            }
        });
        for (Map<String, List<Announcement>> announced : List.of(bills, payments, refunds, voids)) {
            announced.forEach((key, announcements) -> {
                if (announcements.size() > 1) {
                    findings.add(duplicate(Finding.Kind.DUPLICATE_ANNOUNCEMENT, key, announcements));
                }
            });
        }
        balances.forEach((accountId, expected) -> {
            Money stored = storedBalances.getOrDefault(accountId, Money.zero());
            if (!stored.equals(expected)) {
                findings.add(new Finding(Finding.Kind.BALANCE_MISMATCH, communityOfAccount.get(accountId), accountId,
                        accountId, expected.toPlainString(), stored.toPlainString(), List.of()));
            }
        });
        findings.sort(Comparator.comparing(Finding::sortKey));
        return findings;
    }

    private static Finding duplicate(Finding.Kind kind, String key, List<Announcement> announcements) {
        Announcement first = announcements.getFirst();
        return new Finding(kind, first.communityId(), first.accountId(), key, "1",
                String.valueOf(announcements.size()), announcements.stream().map(Announcement::eventId).toList());
    }
}
