package com.estate.billing.refund;

import com.estate.billing.bill.Bills;
import com.estate.billing.ledger.Ledger;
import com.estate.billing.ledger.LedgerEntry;
import com.estate.billing.ledger.LedgerEntryKind;
import com.estate.billing.ledger.LedgerSource;
import com.estate.billing.payment.PaymentSettlement;
import com.estate.billing.payment.Payments;
import com.estate.billing.payment.domain.BillShare;
import com.estate.billing.payment.domain.Payment;
import com.estate.billing.receipt.Receipts;
import com.estate.billing.refund.domain.Refund;
import com.estate.billing.refund.domain.RefundKind;
import com.estate.billing.refund.domain.RefundStatus;
import com.estate.billing.refund.messaging.RefundCompletedV1;
import com.estate.billing.refund.persistence.RefundDocument;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.outbox.OutboxEvents;
import com.estate.platform.problem.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Books an approved refund: a refund is one {@code REFUND/refund/<id>} entry (the credit shrinks); a reversal
 * reverses the payment's own entry, takes the payment back from each bill it paid (they are open again), voids
 * its receipt and marks it reversed. Each step is idempotent (deterministic ids, once-per-payment bill changes), so
 * a completion that stopped half-way is run again by {@link RefundFollowUp} and ends the same; the last write marks
 * the refund completed with {@code refund.completed}.
 */
@Service
class RefundExecution {

    private static final int ATTEMPTS = 8;

    private final MongoTemplate mongo;
    private final Ledger ledger;
    private final Bills bills;
    private final Payments payments;
    private final Receipts receipts;
    private final OutboxEvents outboxEvents;
    private final Clock clock;

    RefundExecution(MongoTemplate mongo, Ledger ledger, Bills bills, Payments payments, Receipts receipts,
            OutboxEvents outboxEvents, Clock clock) {
        this.mongo = mongo;
        this.ledger = ledger;
        this.bills = bills;
        this.payments = payments;
        this.receipts = receipts;
        this.outboxEvents = outboxEvents;
        this.clock = clock;
    }

    Revised<Refund> complete(String refundId) {
        RefundDocument document = load(refundId);
        Refund refund = document.toDomain();
        if (refund.status() != RefundStatus.APPROVED) {
            return new Revised<>(refund, document.getRevision());
        }
        LedgerSource source = new LedgerSource("refund", refund.id());
        List<String> reopened = List.of();
        if (refund.kind() == RefundKind.REFUND) {
            ledger.post(LedgerEntry.of(refund.accountId(), refund.unitId(), refund.communityId(),
                    LedgerEntryKind.REFUND, refund.amount(), source, "refund of payment " + refund.paymentId(),
                    clock.instant()));
        } else {
            Payment payment = payments.markReversed(refund.paymentId());
            ledger.reverse(PaymentSettlement.ledgerEntryId(payment.id()), source, "reversal: " + refund.reason());
            reopened = payment.shares().stream().map(BillShare::billId).distinct().toList();
            reopened.forEach(billId -> bills.reversePayment(billId, payment.id()));
            receipts.voidForReversal(payment.id(), "冲正 " + refund.reason(), refund.decidedBy());
        }
        return markCompleted(refundId, reopened);
    }

    private Revised<Refund> markCompleted(String refundId, List<String> reopened) {
        for (int attempt = 1; ; attempt++) {
            RefundDocument document = load(refundId);
            Refund refund = document.toDomain();
            if (refund.status() != RefundStatus.APPROVED) {
                return new Revised<>(refund, document.getRevision());
            }
            Refund completed = refund.completed(reopened, clock.instant());
            document.update(completed);
            document.publish(outboxEvents.create(RefundCompletedV1.TYPE, completed.accountId(),
                    completed.communityId(), RefundCompletedV1.of(completed)));
            try {
                RefundDocument saved = mongo.save(document);
                return new Revised<>(completed, saved.getRevision());
            } catch (OptimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private RefundDocument load(String refundId) {
        RefundDocument document = mongo.findById(refundId, RefundDocument.class);
        if (document == null) {
            throw new NotFoundException("refund", refundId);
        }
        return document;
    }
}
