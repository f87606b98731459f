package com.estate.billing.ledger;

/**
 * What an entry records, and so which way it moves the account's balance (what the payer owes): a positive
 * {@link LedgerEntry#amount()} is always given; {@link #sign()} says whether it adds to the debt or to the credit.
 */
public enum LedgerEntryKind {
    /** Something billed (a bill's total, a late fee): the payer owes more. */
    CHARGE(1),
    /** Money received: the payer owes less (or has prepaid credit). */
    PAYMENT(-1),
    /** Money paid back to the payer: their credit shrinks, as if they owed more. */
    REFUND(1),
    /** Undoes one earlier entry exactly: the opposite sign of the entry it reverses (kept in the entry). */
    REVERSAL(0);

    private final int sign;

    LedgerEntryKind(int sign) {
        this.sign = sign;
    }

    /** +1 (owes more), -1 (owes less); 0 for a reversal, whose sign is the opposite of its reversed entry's. */
    public int sign() {
        return sign;
    }
}
