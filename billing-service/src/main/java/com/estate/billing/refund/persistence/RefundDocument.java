package com.estate.billing.refund.persistence;

import com.estate.billing.refund.domain.Refund;
import com.estate.billing.refund.domain.RefundKind;
import com.estate.billing.refund.domain.RefundStatus;
import com.estate.platform.money.Money;
import com.estate.platform.outbox.AggregateDocument;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document(RefundDocument.COLLECTION)
public class RefundDocument extends AggregateDocument {

    public static final String COLLECTION = "refunds";

    @Id
    private String id;
    private RefundKind kind;
    private String paymentId;
    private String accountId;
    private String unitId;
    private String communityId;
    private BigDecimal amount;
    private String reason;
    private RefundStatus status;
    private String requestedBy;
    private Instant requestedAt;
    private String decidedBy;
    private Instant decidedAt;
    private List<String> reopenedBillIds;
    private Instant completedAt;

    protected RefundDocument() {
    }

    public static RefundDocument from(Refund refund) {
        RefundDocument document = new RefundDocument();
        document.id = refund.id();
        document.update(refund);
        return document;
    }

    public void update(Refund r) {
        kind = r.kind();
        paymentId = r.paymentId();
        accountId = r.accountId();
        unitId = r.unitId();
        communityId = r.communityId();
        amount = r.amount().amount();
        reason = r.reason();
        status = r.status();
        requestedBy = r.requestedBy();
        requestedAt = r.requestedAt();
        decidedBy = r.decidedBy();
        decidedAt = r.decidedAt();
        reopenedBillIds = r.reopenedBillIds();
        completedAt = r.completedAt();
    }

    public Refund toDomain() {
        return new Refund(id, kind, paymentId, accountId, unitId, communityId, new Money(amount, Money.CNY), reason,
                status, requestedBy, requestedAt, decidedBy, decidedAt,
                reopenedBillIds == null ? List.of() : reopenedBillIds, completedAt);
    }
}
