package com.estate.billing.payment;

import com.estate.billing.account.FeeAccounts;
import com.estate.billing.account.domain.FeeAccount;
import com.estate.billing.bill.Bill;
import com.estate.billing.bill.Bills;
import com.estate.billing.payment.domain.AllocationOrder;
import com.estate.billing.payment.domain.HomeVisit;
import com.estate.billing.payment.domain.Payment;
import com.estate.billing.payment.domain.PaymentChannel;
import com.estate.billing.payment.domain.PaymentStatus;
import com.estate.billing.payment.persistence.PaymentDocument;
import com.estate.billing.provider.OrderRequest;
import com.estate.billing.provider.PaymentProvider;
import com.estate.billing.provider.PaymentProviders;
import com.estate.billing.provider.ProviderOrder;
import com.estate.billing.provider.ProviderUnavailableException;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.money.Money;
import com.estate.platform.persistence.Pages;
import com.estate.platform.problem.BusinessRuleException;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.platform.security.CallerScope;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/** Taking payments: at the desk or at home (confirmed at once), or online through a provider (confirmed later). */
@Service
public class Payments {

    private final MongoTemplate mongo;
    private final FeeAccounts accounts;
    private final Bills bills;
    private final PaymentSettlement settlement;
    private final PaymentProviders providers;
    private final PaymentProperties properties;
    private final Clock clock;

    Payments(MongoTemplate mongo, FeeAccounts accounts, Bills bills, PaymentSettlement settlement,
            PaymentProviders providers, PaymentProperties properties, Clock clock) {
        this.mongo = mongo;
        this.accounts = accounts;
        this.bills = bills;
        this.settlement = settlement;
        this.providers = providers;
        this.properties = properties;
        this.clock = clock;
    }

    /** What the desk records: the money in hand, how it came, and for a home collection the visit. */
    public record Received(String unitId, Money amount, PaymentChannel channel, String reference, String payerName,
            List<String> billIds, HomeVisit homeVisit) {
    }

    /** Records money received at the desk or at home and settles it at once. */
    public Revised<Payment> receive(Caller caller, Received form) {
        FeeAccount account = account(caller, form.unitId());
        List<String> plan = plan(account.id(), form.billIds());
        Payment payment = Payment.received(UUID.randomUUID().toString(), account.communityId(), account.unitId(),
                account.id(), form.amount(), form.channel(), blankToNull(form.reference()), form.payerName(),
                form.billIds(), form.homeVisit(), caller.subject(), clock.instant(), plan);
        mongo.insert(PaymentDocument.from(payment));
        settlement.settle(payment.id());
        return current(payment.id());
    }

    /**
     * Starts an online payment of the chosen bills (or every open bill): the amount is what they owe now, never
     * what the client says. The payment is stored before the provider is asked, so its callback always finds it.
     */
    public Revised<Payment> startOnline(Caller caller, String unitId, PaymentChannel channel, List<String> billIds) {
        FeeAccount account = account(caller, unitId);
        List<Bill> open = bills.openBillsOldestDueFirst(account.id());
        List<String> order = plan(open, billIds);
        Money owed = open.stream().filter(b -> order.contains(b.id())).map(Bill::openAmount)
                .reduce(Money.zero(), Money::plus);
        if (owed.amount().signum() <= 0) {
            throw new BusinessRuleException("nothing-to-pay", "no open bill to pay", unitId);
        }
        PaymentProvider provider = providers.forChannel(channel.name());
        Instant now = clock.instant();
        Payment payment = Payment.online(UUID.randomUUID().toString(), account.communityId(), account.unitId(),
                account.id(), owed, channel, billIds, provider.name(), caller.subject(), now);
        PaymentDocument document = mongo.insert(PaymentDocument.from(payment));
        ProviderOrder order1;
        try {
            order1 = provider.createOrder(new OrderRequest(payment.id(), owed, "物业费 " + account.unitId(),
                    properties.notifyUrl().replace("{provider}", provider.name()),
                    now.plus(properties.onlineExpiry())));
        } catch (ProviderUnavailableException e) {
            document.update(payment.ended(PaymentStatus.FAILED, "provider unavailable"));
            mongo.save(document);
            throw e;
        }
        document.update(payment.withPayUrl(order1.payUrl()));
        PaymentDocument saved = mongo.save(document);
        return new Revised<>(saved.toDomain(), saved.getRevision());
    }

    public Revised<Payment> visibleTo(Caller caller, String id) {
        Revised<Payment> payment = current(id);
        caller.requireUnit(payment.value().communityId(), payment.value().unitId(), "payment", id);
        return payment;
    }

    public Page<Payment> list(Caller caller, String communityId, String unitId, PaymentStatus status,
            Pageable pageable) {
        Criteria criteria = CallerScope.units(caller, "communityId", "unitId");
        if (communityId != null) {
            criteria = new Criteria().andOperator(criteria, Criteria.where("communityId").is(communityId));
        }
        if (unitId != null) {
            criteria = new Criteria().andOperator(criteria, Criteria.where("unitId").is(unitId));
        }
        if (status != null) {
            criteria = new Criteria().andOperator(criteria, Criteria.where("status").is(status));
        }
        return Pages.find(mongo, criteria, pageable, PaymentDocument.class).map(PaymentDocument::toDomain);
    }

    /**
     * Marks a settled payment reversed (its reversal's entries are booked by the refund that reverses it); once.
     */
    public Payment markReversed(String id) {
        for (int attempt = 1; ; attempt++) {
            PaymentDocument document = mongo.findById(id, PaymentDocument.class);
            if (document == null) {
                throw new NotFoundException("payment", id);
            }
            Payment payment = document.toDomain();
            if (payment.status() != PaymentStatus.SETTLED) {
                return payment;
            }
            document.update(payment.reversed());
            try {
                return mongo.save(document).toDomain();
            } catch (org.springframework.dao.OptimisticLockingFailureException e) {
                if (attempt == 8) {
                    throw e;
                }
            }
        }
    }

    /** The bills a payment would go to, in order; the chosen ones must be open bills of the account. */
    List<String> plan(String accountId, List<String> chosen) {
        return plan(bills.openBillsOldestDueFirst(accountId), chosen);
    }

    private static List<String> plan(List<Bill> open, List<String> chosen) {
        try {
            return AllocationOrder.of(open.stream().map(Bill::id).toList(), chosen);
        } catch (IllegalArgumentException notOpen) {
            throw new BusinessRuleException("bill-not-payable", "the bill is not an open bill of this unit",
                    notOpen.getMessage());
        }
    }

    private FeeAccount account(Caller caller, String unitId) {
        return accounts.ofUnit(caller, unitId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("fee account of unit", unitId));
    }

    private Revised<Payment> current(String id) {
        PaymentDocument document = mongo.findById(id, PaymentDocument.class);
        if (document == null) {
            throw new NotFoundException("payment", id);
        }
        return new Revised<>(document.toDomain(), document.getRevision());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
