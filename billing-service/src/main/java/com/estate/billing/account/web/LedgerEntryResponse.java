package com.estate.billing.account.web;

import com.estate.billing.ledger.LedgerEntry;
import com.estate.billing.ledger.LedgerEntryKind;
import java.time.Instant;

/**
 * @param amount the entry's amount (positive), @param effect its signed effect on the balance (positive: owed more)
 */
record LedgerEntryResponse(String id, String accountId, LedgerEntryKind kind, String amount, String effect,
        String currency, String sourceKind, String sourceId, String description, String reverses, Instant bookedAt) {

    static LedgerEntryResponse of(LedgerEntry entry) {
        return new LedgerEntryResponse(entry.id(), entry.accountId(), entry.kind(), entry.amount().toPlainString(),
                entry.balanceEffect().toPlainString(), entry.amount().currency(), entry.source().kind(),
                entry.source().id(), entry.description(), entry.reverses(), entry.bookedAt());
    }
}
