package com.estate.billing.receipt.persistence;

import com.estate.billing.receipt.domain.Receipt;
import com.estate.billing.receipt.domain.ReceiptLine;
import com.estate.billing.receipt.domain.ReceiptStatus;
import com.estate.platform.money.Money;
import com.estate.platform.outbox.AggregateDocument;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One receipt, keyed by its payment ({@link Receipt#idFor}). The unique index on community and number is the last
 * guard that a number is never printed twice, whatever happens to the counter.
 */
@Document(ReceiptDocument.COLLECTION)
@CompoundIndex(name = "receipt_number_per_community", def = "{'communityId': 1, 'number': 1}", unique = true)
public class ReceiptDocument extends AggregateDocument {

    public static final String COLLECTION = "receipts";

    /** A stored line; amounts in yuan as Decimal128. */
    record Line(String billId, String description, BigDecimal amount) {
    }

    @Id
    private String id;
    private String number;
    private String communityId;
    private String unitId;
    private String accountId;
    private String paymentId;
    private String payerName;
    private String channel;
    private String reference;
    private List<Line> lines;
    private BigDecimal total;
    private Instant paidAt;
    private Instant issuedAt;
    private String issuedBy;
    private ReceiptStatus status;
    private Receipt.VoidRequest voidRequest;
    private String voidedBy;
    private Instant voidedAt;
    /** How often it was printed: every print after the first is a copy (副本). */
    private long prints;

    protected ReceiptDocument() {
    }

    public static ReceiptDocument from(Receipt receipt) {
        ReceiptDocument document = new ReceiptDocument();
        document.id = receipt.id();
        document.update(receipt);
        return document;
    }

    public void update(Receipt receipt) {
        number = receipt.number();
        communityId = receipt.communityId();
        unitId = receipt.unitId();
        accountId = receipt.accountId();
        paymentId = receipt.paymentId();
        payerName = receipt.payerName();
        channel = receipt.channel();
        reference = receipt.reference();
        lines = receipt.lines().stream().map(l -> new Line(l.billId(), l.description(), l.amount().amount())).toList();
        total = receipt.total().amount();
        paidAt = receipt.paidAt();
        issuedAt = receipt.issuedAt();
        issuedBy = receipt.issuedBy();
        status = receipt.status();
        voidRequest = receipt.voidRequest();
        voidedBy = receipt.voidedBy();
        voidedAt = receipt.voidedAt();
    }

    public Receipt toDomain() {
        return new Receipt(id, number, communityId, unitId, accountId, paymentId, payerName, channel, reference,
                lines.stream().map(l -> new ReceiptLine(l.billId(), l.description(), money(l.amount()))).toList(),
                money(total), paidAt, issuedAt, issuedBy, status, voidRequest, voidedBy, voidedAt);
    }

    public long prints() {
        return prints;
    }

    private static Money money(BigDecimal amount) {
        return new Money(amount, Money.CNY);
    }
}
