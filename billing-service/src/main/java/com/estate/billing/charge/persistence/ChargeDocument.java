package com.estate.billing.charge.persistence;

import com.estate.billing.charge.PendingCharge;
import com.estate.platform.money.Money;
import com.estate.platform.outbox.AggregateDocument;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A one-off charge ({@code charges}, keyed by the requester's chargeId) and whether a bill took it. */
@Document(ChargeDocument.COLLECTION)
public class ChargeDocument extends AggregateDocument {

    public static final String COLLECTION = "charges";

    /** The charge waits for a bill. */
    public static final String PENDING = "PENDING";
    /** A bill took it (and its ledger charge books it). */
    public static final String BILLED = "BILLED";

    @Id
    private String id;
    private String accountId;
    private String unitId;
    private String communityId;
    private String itemCode;
    private BigDecimal amount;
    private String currency;
    private String reason;
    private String sourceKind;
    private String sourceId;
    private List<PendingCharge.Line> lines;
    private Instant requestedAt;
    private Instant postedAt;
    private String status;
    private String billId;

    protected ChargeDocument() {
    }

    public static ChargeDocument pending(PendingCharge charge, Instant postedAt) {
        ChargeDocument document = new ChargeDocument();
        document.id = charge.chargeId();
        document.accountId = charge.accountId();
        document.unitId = charge.unitId();
        document.communityId = charge.communityId();
        document.itemCode = charge.itemCode();
        document.amount = charge.amount().amount();
        document.currency = charge.amount().currency();
        document.reason = charge.reason();
        document.sourceKind = charge.sourceKind();
        document.sourceId = charge.sourceId();
        document.lines = charge.lines();
        document.requestedAt = charge.requestedAt();
        document.postedAt = postedAt;
        document.status = PENDING;
        return document;
    }

    public PendingCharge toDomain() {
        return new PendingCharge(id, accountId, unitId, communityId, itemCode, new Money(amount, currency), reason,
                sourceKind, sourceId, lines, requestedAt, billId);
    }

    public boolean isNew() {
        return getVersion() == null;
    }

    public String getStatus() {
        return status;
    }

    public String getBillId() {
        return billId;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    /** Reserves the charge for a bill about to be written. */
    public void claimFor(String bill) {
        billId = bill;
    }

    public void billed() {
        status = BILLED;
    }
}
