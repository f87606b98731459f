package com.estate.billing.ledger.persistence;

import com.estate.billing.ledger.LedgerEntry;
import com.estate.billing.ledger.LedgerEntryKind;
import com.estate.billing.ledger.LedgerSource;
import com.estate.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A stored ledger entry: inserted once under its deterministic id and never updated or deleted. {@code effect} is
 * the signed amount (positive: the payer owes more), stored so a balance is a plain sum.
 */
@Document(LedgerEntryDocument.COLLECTION)
public class LedgerEntryDocument {

    public static final String COLLECTION = "ledger_entries";

    @Id
    private String id;
    private String accountId;
    private String unitId;
    private String communityId;
    private LedgerEntryKind kind;
    private BigDecimal amount;
    private BigDecimal effect;
    private String currency;
    private String sourceKind;
    private String sourceId;
    private String description;
    private String reverses;
    private int reversedSign;
    private Instant bookedAt;

    protected LedgerEntryDocument() {
    }

    public static LedgerEntryDocument from(LedgerEntry entry) {
        LedgerEntryDocument document = new LedgerEntryDocument();
        document.id = entry.id();
        document.accountId = entry.accountId();
        document.unitId = entry.unitId();
        document.communityId = entry.communityId();
        document.kind = entry.kind();
        document.amount = entry.amount().amount();
        document.effect = entry.balanceEffect().amount();
        document.currency = entry.amount().currency();
        document.sourceKind = entry.source().kind();
        document.sourceId = entry.source().id();
        document.description = entry.description();
        document.reverses = entry.reverses();
        document.reversedSign = entry.reversedSign();
        document.bookedAt = entry.bookedAt();
        return document;
    }

    public LedgerEntry toDomain() {
        return new LedgerEntry(id, accountId, unitId, communityId, kind, new Money(amount, currency),
                new LedgerSource(sourceKind, sourceId), description, reverses, reversedSign, bookedAt);
    }
}
