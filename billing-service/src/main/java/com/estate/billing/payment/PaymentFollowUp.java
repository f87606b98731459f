package com.estate.billing.payment;

import com.estate.billing.payment.domain.Payment;
import com.estate.billing.payment.domain.PaymentStatus;
import com.estate.billing.payment.persistence.PaymentDocument;
import com.estate.billing.provider.PaymentProviders;
import com.estate.billing.provider.ProviderNotice;
import com.estate.billing.provider.ProviderPaymentState;
import com.estate.platform.problem.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What happens to payments nobody hears about again, on one replica at a time (ShedLock, infra/ARCHITECTURE.md
 * §13): an online payment whose callback never came is asked about at its provider (PAID confirms and settles it,
 * FAILED / CLOSED end it, and one still unpaid past its expiry expires); a confirmed payment whose settlement
 * stopped half-way (a crash) is settled again, which is harmless because every step is idempotent.
 */
@Component
public class PaymentFollowUp {

    private static final Logger log = LoggerFactory.getLogger(PaymentFollowUp.class);

    private final MongoTemplate mongo;
    private final PaymentProviders providers;
    private final PaymentConfirmations confirmations;
    private final PaymentSettlement settlement;
    private final PaymentProperties properties;
    private final Clock clock;

    PaymentFollowUp(MongoTemplate mongo, PaymentProviders providers, PaymentConfirmations confirmations,
            PaymentSettlement settlement, PaymentProperties properties, Clock clock) {
        this.mongo = mongo;
        this.providers = providers;
        this.confirmations = confirmations;
        this.settlement = settlement;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${app.billing.payments.follow-up-interval:30s}")
    @SchedulerLock(name = "billing-payment-follow-up", lockAtLeastFor = "PT5S", lockAtMostFor = "PT10M")
    void onSchedule() {
        run();
    }

    /** One pass; answers how many payments it moved. */
    public int run() {
        Instant now = clock.instant();
        int moved = 0;
        // status is not a unique key: on the stand-in each of these reads scans the collection once per pass (§3)
        for (Payment payment : withStatus(PaymentStatus.PENDING)) {
            if (payment.createdAt().plus(properties.queryAfter()).isBefore(now) && askProvider(payment, now)) {
                moved++;
            }
        }
        for (Payment payment : withStatus(PaymentStatus.CONFIRMED)) {
            if (payment.confirmedAt().plus(properties.resettleAfter()).isBefore(now)) {
                settlement.settle(payment.id());
                moved++;
            }
        }
        if (moved > 0) {
            log.info("payment follow-up moved {} payments", moved);
        }
        return moved;
    }

    private boolean askProvider(Payment payment, Instant now) {
        try {
            ProviderNotice notice = providers.named(payment.provider()).query(payment.id());
            if (notice.state() == ProviderPaymentState.PENDING) {
                if (payment.createdAt().plus(properties.onlineExpiry()).isBefore(now)) {
                    confirmations.apply(payment.provider(),
                            new ProviderNotice(payment.id(), ProviderPaymentState.CLOSED, null, null, null));
                    return true;
                }
                return false;
            }
            return confirmations.apply(payment.provider(), notice).status() != PaymentStatus.PENDING;
        } catch (ProblemException e) {
            log.warn("payment {}: the status query at {} failed: {}", payment.id(), payment.provider(), e.code());
            return false;
        }
    }

    private List<Payment> withStatus(PaymentStatus status) {
        return mongo.find(Query.query(Criteria.where("status").is(status)), PaymentDocument.class).stream()
                .map(PaymentDocument::toDomain).toList();
    }
}
