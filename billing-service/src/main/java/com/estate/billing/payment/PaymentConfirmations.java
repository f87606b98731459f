package com.estate.billing.payment;

import com.estate.billing.payment.domain.Payment;
import com.estate.billing.payment.domain.PaymentStatus;
import com.estate.billing.payment.persistence.PaymentDocument;
import com.estate.billing.provider.ProviderNotice;
import com.estate.billing.provider.ProviderPaymentState;
import com.estate.platform.problem.BusinessRuleException;
import com.estate.platform.problem.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Applies what a provider says about an online payment, from a callback or a status query, in any order and any
 * number of times: PAID confirms a payment that waits for it (also one we had given up as failed or expired: the
 * money was taken) and then settles it; FAILED or CLOSED ends only a pending payment, so a stale failure that
 * arrives after the success changes nothing; a second PAID changes nothing. Which of two simultaneous callbacks
 * confirms is decided by the payment document's version: the other one reads the confirmed payment and stops.
 */
@Service
public class PaymentConfirmations {

    private static final Logger log = LoggerFactory.getLogger(PaymentConfirmations.class);
    private static final int ATTEMPTS = 8;

    private final MongoTemplate mongo;
    private final Payments payments;
    private final PaymentSettlement settlement;
    private final Clock clock;

    PaymentConfirmations(MongoTemplate mongo, Payments payments, PaymentSettlement settlement, Clock clock) {
        this.mongo = mongo;
        this.payments = payments;
        this.settlement = settlement;
        this.clock = clock;
    }

    /**
     * @throws NotFoundException      when the trade number names no payment of this provider
     * @throws BusinessRuleException  ({@code callback-amount-mismatch}) when PAID names another amount than the
     *                                payment's: nothing is confirmed, and the mismatch is logged for finance
     */
    public Payment apply(String provider, ProviderNotice notice) {
        for (int attempt = 1; ; attempt++) {
            PaymentDocument document = mongo.findById(notice.tradeNo(), PaymentDocument.class);
            if (document == null || !provider.equals(document.toDomain().provider())) {
                throw new NotFoundException("payment", notice.tradeNo());
            }
            Payment payment = document.toDomain();
            Payment after = next(payment, notice);
            if (after == payment) {
                return settlement.settle(payment.id());
            }
            document.update(after);
            try {
                mongo.save(document);
            } catch (OptimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                continue;
            }
            return after.status() == PaymentStatus.CONFIRMED ? settlement.settle(after.id()) : after;
        }
    }

    private Payment next(Payment payment, ProviderNotice notice) {
        return switch (notice.state()) {
            case PAID -> {
                if (!payment.awaitsConfirmation()) {
                    yield payment;
                }
                if (notice.amount() == null || !notice.amount().equals(payment.amount())) {
                    log.error("payment {}: the provider says {} was paid, the payment is {}", payment.id(),
                            notice.amount() == null ? "nothing" : notice.amount().toPlainString(),
                            payment.amount().toPlainString());
                    throw new BusinessRuleException("callback-amount-mismatch",
                            "the provider's amount differs from the payment's", payment.id());
                }
                yield payment.confirmedByProvider(notice.transactionId(),
                        notice.paidAt() == null ? clock.instant() : notice.paidAt(),
                        planAtConfirmation(payment));
            }
            case FAILED -> payment.ended(PaymentStatus.FAILED, "refused by the provider");
            case CLOSED -> payment.ended(PaymentStatus.EXPIRED, "closed by the provider unpaid");
            case PENDING -> payment;
        };
    }

    /**
     * Every open bill oldest due first if none were chosen; else the chosen ones still open (in that order): a chosen
     * bill paid meanwhile at the desk is skipped, and what none of them takes is prepaid credit.
     */
    private List<String> planAtConfirmation(Payment payment) {
        List<String> open = payments.plan(payment.accountId(), List.of());
        if (payment.chosenBillIds().isEmpty()) {
            return open;
        }
        return open.stream().filter(payment.chosenBillIds()::contains).toList();
    }
}
