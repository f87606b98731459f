package com.estate.billing.payment;

import com.estate.billing.bill.Bill;
import com.estate.billing.bill.BillVoidedException;
import com.estate.billing.bill.Bills;
import com.estate.billing.ledger.Ledger;
import com.estate.billing.ledger.LedgerEntry;
import com.estate.billing.ledger.LedgerEntryKind;
import com.estate.billing.ledger.LedgerSource;
import com.estate.billing.payment.domain.BillShare;
import com.estate.billing.payment.domain.Payment;
import com.estate.billing.payment.domain.PaymentStatus;
import com.estate.billing.payment.messaging.PaymentReceivedV1;
import com.estate.billing.payment.persistence.PaymentDocument;
import com.estate.billing.receipt.ReceiptDraft;
import com.estate.billing.receipt.Receipts;
import com.estate.billing.receipt.domain.Receipt;
import com.estate.billing.receipt.domain.ReceiptLine;
import com.estate.platform.money.Money;
import com.estate.platform.notification.NotificationRecipient;
import com.estate.platform.notification.Notifications;
import com.estate.platform.notification.Urgency;
import com.estate.platform.outbox.OutboxEvents;
import com.estate.platform.problem.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Settles a confirmed payment: books it once on the ledger ({@code PAYMENT/payment/<id>}), applies it to the bills
 * of its plan with bill-core's {@link Bills#applyPayment} (once per payment and bill), issues its receipt, and
 * marks it settled with {@code payment.received} and the household's notification in that last write.
 * <p>
 * Without multi-document transactions (infra/ARCHITECTURE.md §3) these are several writes; every one of them is
 * idempotent by the payment's id, so a settlement stopped half-way is simply run again (by the request that
 * confirmed it, or by {@link PaymentFollowUp}) and ends the same: the plan is fixed on the payment before it starts,
 * and a bill answers a repeated application with what it took the first time (infra/ARCHITECTURE.md §21).
 */
@Service
public class PaymentSettlement {

    static final String PAYMENT_CONFIRMED_TEMPLATE = "billing.payment-confirmed";
    private static final int ATTEMPTS = 8;

    private final MongoTemplate mongo;
    private final Ledger ledger;
    private final Bills bills;
    private final Receipts receipts;
    private final OutboxEvents outboxEvents;
    private final Notifications notifications;

    PaymentSettlement(MongoTemplate mongo, Ledger ledger, Bills bills, Receipts receipts, OutboxEvents outboxEvents,
            Notifications notifications) {
        this.mongo = mongo;
        this.ledger = ledger;
        this.bills = bills;
        this.receipts = receipts;
        this.outboxEvents = outboxEvents;
        this.notifications = notifications;
    }

    /** The ledger entry of a payment: the whole amount, once. */
    public static String ledgerEntryId(String paymentId) {
        return LedgerEntry.idFor(LedgerEntryKind.PAYMENT, new LedgerSource("payment", paymentId));
    }

    /** Settles the payment if it is confirmed and not settled yet; answers it as it is afterwards. */
    public Payment settle(String paymentId) {
        Payment payment = load(paymentId).toDomain();
        if (payment.status() != PaymentStatus.CONFIRMED) {
            return payment;
        }
        ledger.post(LedgerEntry.of(payment.accountId(), payment.unitId(), payment.communityId(),
                LedgerEntryKind.PAYMENT, payment.amount(), new LedgerSource("payment", payment.id()),
                "payment " + payment.method() + " " + payment.channel(), payment.confirmedAt()));
        List<BillShare> shares = new ArrayList<>();
        Money left = payment.amount();
        for (String billId : payment.plan()) {
            if (left.amount().signum() == 0) {
                break;
            }
            Bill.Applied applied = apply(billId, payment.id(), left);
            if (applied != null && applied.amount().amount().signum() > 0) {
                shares.add(new BillShare(billId, BillDescriptions.of(applied.bill()), applied.amount()));
                left = left.minus(applied.amount());
            }
        }
        Receipt receipt = receipts.issue(draft(payment, shares, left));
        return markSettled(payment.id(), shares, left, receipt);
    }

    private Bill.Applied apply(String billId, String paymentId, Money offered) {
        try {
            return bills.applyPayment(billId, paymentId, offered);
        } catch (BillVoidedException | NotFoundException gone) {
            return null; // voided since the plan was made: the money goes to the next bill or to credit
        }
    }

    private static ReceiptDraft draft(Payment payment, List<BillShare> shares, Money prepaid) {
        List<ReceiptLine> lines = new ArrayList<>();
        shares.forEach(share -> lines.add(new ReceiptLine(share.billId(), share.description(), share.amount())));
        if (prepaid.amount().signum() > 0) {
            lines.add(new ReceiptLine(null, "预收款（预存物业费）", prepaid));
        }
        String payer = payment.payerName() == null || payment.payerName().isBlank() ? "业主" : payment.payerName();
        return new ReceiptDraft(payment.id(), payment.accountId(), payment.unitId(), payment.communityId(), payer,
                payment.eventChannel(), payment.reference(), lines, payment.amount(), payment.confirmedAt(),
                payment.recordedBy());
    }

    private Payment markSettled(String paymentId, List<BillShare> shares, Money prepaid, Receipt receipt) {
        for (int attempt = 1; ; attempt++) {
            PaymentDocument document = load(paymentId);
            Payment current = document.toDomain();
            if (current.status() != PaymentStatus.CONFIRMED) {
                return current;
            }
            Payment settled = current.settled(shares, prepaid, receipt.id(), receipt.number());
            document.update(settled);
            document.publish(outboxEvents.create(PaymentReceivedV1.TYPE, settled.accountId(), settled.communityId(),
                    PaymentReceivedV1.of(settled)));
            Map<String, String> params = new LinkedHashMap<>();
            params.put("paymentId", settled.id());
            params.put("amount", settled.amount().toPlainString());
            params.put("receiptNumber", receipt.number());
            params.put("channel", settled.eventChannel());
            notifications.request(document, new NotificationRecipient.Household(settled.communityId(),
                    settled.unitId()), PAYMENT_CONFIRMED_TEMPLATE, params, Urgency.NORMAL);
            try {
                mongo.save(document);
                return settled;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private PaymentDocument load(String paymentId) {
        PaymentDocument document = mongo.findById(paymentId, PaymentDocument.class);
        if (document == null) {
            throw new NotFoundException("payment", paymentId);
        }
        return document;
    }
}
