package com.estate.billing.payment.persistence;

import com.estate.billing.payment.domain.BillShare;
import com.estate.billing.payment.domain.HomeVisit;
import com.estate.billing.payment.domain.Payment;
import com.estate.billing.payment.domain.PaymentChannel;
import com.estate.billing.payment.domain.PaymentMethod;
import com.estate.billing.payment.domain.PaymentStatus;
import com.estate.platform.money.Money;
import com.estate.platform.outbox.AggregateDocument;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One payment; its id is the provider's trade number too, so a callback finds it by {@code _id}. */
@Document(PaymentDocument.COLLECTION)
public class PaymentDocument extends AggregateDocument {

    public static final String COLLECTION = "payments";

    record Share(String billId, String description, BigDecimal amount) {
    }

    @Id
    private String id;
    private String communityId;
    private String unitId;
    private String accountId;
    private BigDecimal amount;
    private PaymentChannel channel;
    private PaymentMethod method;
    private String reference;
    private String payerName;
    private List<String> chosenBillIds;
    private HomeVisit homeVisit;
    private String provider;
    private String payUrl;
    private PaymentStatus status;
    private String recordedBy;
    private Instant createdAt;
    private Instant confirmedAt;
    private List<String> plan;
    private List<Share> shares;
    private BigDecimal prepaid;
    private String receiptId;
    private String receiptNumber;
    private String failure;

    protected PaymentDocument() {
    }

    public static PaymentDocument from(Payment payment) {
        PaymentDocument document = new PaymentDocument();
        document.id = payment.id();
        document.update(payment);
        return document;
    }

    public void update(Payment p) {
        communityId = p.communityId();
        unitId = p.unitId();
        accountId = p.accountId();
        amount = p.amount().amount();
        channel = p.channel();
        method = p.method();
        reference = p.reference();
        payerName = p.payerName();
        chosenBillIds = p.chosenBillIds();
        homeVisit = p.homeVisit();
        provider = p.provider();
        payUrl = p.payUrl();
        status = p.status();
        recordedBy = p.recordedBy();
        createdAt = p.createdAt();
        confirmedAt = p.confirmedAt();
        plan = p.plan();
        shares = p.shares().stream().map(s -> new Share(s.billId(), s.description(), s.amount().amount())).toList();
        prepaid = p.prepaid() == null ? null : p.prepaid().amount();
        receiptId = p.receiptId();
        receiptNumber = p.receiptNumber();
        failure = p.failure();
    }

    public Payment toDomain() {
        return new Payment(id, communityId, unitId, accountId, money(amount), channel, method, reference, payerName,
                chosenBillIds == null ? List.of() : chosenBillIds, homeVisit, provider, payUrl, status, recordedBy,
                createdAt, confirmedAt, plan,
                shares == null ? List.of() : shares.stream()
                        .map(s -> new BillShare(s.billId(), s.description(), money(s.amount()))).toList(),
                prepaid == null ? null : money(prepaid), receiptId, receiptNumber, failure);
    }

    private static Money money(BigDecimal value) {
        return new Money(value, Money.CNY);
    }
}
