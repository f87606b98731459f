package com.estate.billing.refund;

import com.estate.billing.ledger.Ledger;
import com.estate.billing.payment.Payments;
import com.estate.billing.payment.domain.Payment;
import com.estate.billing.payment.domain.PaymentStatus;
import com.estate.billing.refund.domain.Refund;
import com.estate.billing.refund.domain.RefundKind;
import com.estate.billing.refund.persistence.RefundDocument;
import com.estate.platform.concurrency.ConditionalSave;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.money.Money;
import com.estate.platform.persistence.Pages;
import com.estate.platform.problem.BusinessRuleException;
import com.estate.platform.problem.ConflictException;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.platform.security.CallerScope;
import java.time.Clock;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/** Asking for a refund or reversal of a payment, and finance's decision, after which {@link RefundExecution} books it. */
@Service
public class Refunds {

    private final MongoTemplate mongo;
    private final Payments payments;
    private final Ledger ledger;
    private final RefundExecution execution;
    private final ConditionalSave conditionalSave;
    private final Clock clock;

    Refunds(MongoTemplate mongo, Payments payments, Ledger ledger, RefundExecution execution,
            ConditionalSave conditionalSave, Clock clock) {
        this.mongo = mongo;
        this.payments = payments;
        this.ledger = ledger;
        this.execution = execution;
        this.conditionalSave = conditionalSave;
        this.clock = clock;
    }

    /**
     * @param amount for a refund, what is paid back (at most the payment and the account's credit); a reversal is
     *               always the whole payment
     */
    public Revised<Refund> request(Caller caller, String paymentId, RefundKind kind, Money amount, String reason) {
        Payment payment = payments.visibleTo(caller, paymentId).value();
        if (payment.status() != PaymentStatus.SETTLED) {
            throw new BusinessRuleException("payment-not-refundable", "only a settled payment can be refunded",
                    paymentId, payment.status());
        }
        Money value = kind == RefundKind.REVERSAL ? payment.amount() : amount;
        if (kind == RefundKind.REFUND) {
            requireWithin(payment, value);
        }
        String id = kind == RefundKind.REVERSAL ? Refund.reversalIdFor(paymentId) : UUID.randomUUID().toString();
        Refund refund = Refund.requested(id, kind, paymentId, payment.accountId(), payment.unitId(),
                payment.communityId(), value, reason, caller.subject(), clock.instant());
        try {
            RefundDocument stored = mongo.insert(RefundDocument.from(refund));
            return new Revised<>(refund, stored.getRevision());
        } catch (DuplicateKeyException reversedBefore) {
            throw new ConflictException("payment-already-reversed", "a reversal of this payment exists", paymentId);
        }
    }

    /** Finance decides; an approval books the refund at once (and again by the follow-up if that stopped). */
    public Revised<Refund> decide(Caller caller, String id, IfMatch ifMatch, boolean approve) {
        RefundDocument saved = conditionalSave.apply(() -> load(caller, id), ifMatch, document -> {
            Refund refund = document.toDomain();
            if (approve && refund.kind() == RefundKind.REFUND) {
                requireWithin(payments.visibleTo(caller, refund.paymentId()).value(), refund.amount());
            }
            document.update(refund.decided(approve, caller.subject(), clock.instant()));
        });
        Refund decided = saved.toDomain();
        if (approve) {
            return execution.complete(decided.id());
        }
        return new Revised<>(decided, saved.getRevision());
    }

    public Revised<Refund> visibleTo(Caller caller, String id) {
        RefundDocument document = load(caller, id);
        return new Revised<>(document.toDomain(), document.getRevision());
    }

    public Page<Refund> list(Caller caller, String communityId, String paymentId, Pageable pageable) {
        Criteria criteria = CallerScope.units(caller, "communityId", "unitId");
        if (communityId != null) {
            criteria = new Criteria().andOperator(criteria, Criteria.where("communityId").is(communityId));
        }
        if (paymentId != null) {
            criteria = new Criteria().andOperator(criteria, Criteria.where("paymentId").is(paymentId));
        }
        return Pages.find(mongo, criteria, pageable, RefundDocument.class).map(RefundDocument::toDomain);
    }

    /** A refund pays back credit: no more than the payment brought, nor than the account holds now. */
    private void requireWithin(Payment payment, Money amount) {
        Money credit = Money.zero().minus(ledger.balanceOf(payment.accountId()));
        if (amount.amount().compareTo(payment.amount().amount()) > 0
                || amount.amount().compareTo(credit.amount()) > 0) {
            throw new BusinessRuleException("refund-exceeds-credit", "more than the payment or the credit",
                    amount.toPlainString(), credit.amount().signum() > 0 ? credit.toPlainString() : "0.00");
        }
    }

    private RefundDocument load(Caller caller, String id) {
        RefundDocument document = mongo.findById(id, RefundDocument.class);
        if (document == null) {
            throw new NotFoundException("refund", id);
        }
        Refund refund = document.toDomain();
        caller.requireUnit(refund.communityId(), refund.unitId(), "refund", id);
        return document;
    }
}
