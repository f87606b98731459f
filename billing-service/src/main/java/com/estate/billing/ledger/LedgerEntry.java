package com.estate.billing.ledger;

import com.estate.platform.money.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * One movement on a fee account; entries are only ever added (infra/ARCHITECTURE.md §20). A correction is a
 * {@link LedgerEntryKind#REVERSAL} of the wrong entry (and a new entry if something else was meant), never an edit.
 *
 * @param id          {@link #idFor deterministic} from kind and source (for a reversal: from the reversed entry)
 * @param amount      always positive; {@link #balanceEffect()} is the signed effect on what the payer owes
 * @param reverses    the id of the entry a reversal undoes; null otherwise
 * @param reversedSign for a reversal, the sign of its effect (the opposite of the reversed entry's); 0 otherwise
 */
public record LedgerEntry(String id, String accountId, String unitId, String communityId, LedgerEntryKind kind,
        Money amount, LedgerSource source, String description, String reverses, int reversedSign, Instant bookedAt) {

    public LedgerEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(bookedAt, "bookedAt");
        if (amount.amount().signum() <= 0) {
            throw new IllegalArgumentException("a ledger entry's amount is positive: " + amount.toPlainString());
        }
        if ((kind == LedgerEntryKind.REVERSAL) != (reverses != null)) {
            throw new IllegalArgumentException("a reversal, and only a reversal, names the entry it reverses");
        }
    }

    /** The entry's id: {@code <kind>/<source kind>/<source id>}, e.g. {@code CHARGE/bill/0f1e...}. */
    public static String idFor(LedgerEntryKind kind, LedgerSource source) {
        return kind.name() + "/" + source;
    }

    /** The id of the reversal of an entry: one entry is reversed at most once. */
    public static String reversalIdFor(String entryId) {
        return LedgerEntryKind.REVERSAL.name() + "/" + entryId;
    }

    /** A new entry of a kind other than a reversal. */
    public static LedgerEntry of(String accountId, String unitId, String communityId, LedgerEntryKind kind,
            Money amount, LedgerSource source, String description, Instant bookedAt) {
        if (kind == LedgerEntryKind.REVERSAL) {
            throw new IllegalArgumentException("a reversal is made with reversal()");
        }
        return new LedgerEntry(idFor(kind, source), accountId, unitId, communityId, kind, amount, source,
                description, null, 0, bookedAt);
    }

    /** The entry that undoes this one, booked at {@code at}, for the reason given (its source). */
    public LedgerEntry reversal(LedgerSource reason, String description, Instant at) {
        if (kind == LedgerEntryKind.REVERSAL) {
            throw new IllegalArgumentException("a reversal is not reversed; book the entry again instead");
        }
        return new LedgerEntry(reversalIdFor(id), accountId, unitId, communityId, LedgerEntryKind.REVERSAL, amount,
                reason, description, id, -kind.sign(), at);
    }

    /** Signed effect on the balance (what the payer owes): positive owes more, negative owes less. */
    public Money balanceEffect() {
        int sign = kind == LedgerEntryKind.REVERSAL ? reversedSign : kind.sign();
        return sign > 0 ? amount : Money.zero().minus(amount);
    }
}
