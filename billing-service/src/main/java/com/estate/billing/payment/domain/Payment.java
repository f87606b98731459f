package com.estate.billing.payment.domain;

import com.estate.platform.money.Money;
import com.estate.platform.problem.BusinessRuleException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One payment to a unit's fee account. Its amount and status are set by billing only: at the desk the amount is
 * what the clerk received, online it is what the chosen bills owe; the status moves by the rules of
 * {@link PaymentStatus}.
 *
 * @param payerName     as given at the desk (printed on the receipt; never in an event)
 * @param reference     the channel's reference (card slip, bank or wallet transaction number), null for cash
 * @param chosenBillIds the bills the payer chose (empty: oldest due first)
 * @param plan          the bills to apply it to, in order, fixed when it is confirmed (so a settlement that is
 *                      retried after a crash walks the same bills)
 * @param shares        what each bill took, once settled
 * @param prepaid       what no bill took: prepaid credit, once settled
 * @param provider      the provider of an online payment
 * @param payUrl        where the payer pays an online payment
 */
public record Payment(String id, String communityId, String unitId, String accountId, Money amount,
        PaymentChannel channel, PaymentMethod method, String reference, String payerName, List<String> chosenBillIds,
        HomeVisit homeVisit, String provider, String payUrl, PaymentStatus status, String recordedBy,
        Instant createdAt, Instant confirmedAt, List<String> plan, List<BillShare> shares, Money prepaid,
        String receiptId, String receiptNumber, String failure) {

    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(status, "status");
        chosenBillIds = List.copyOf(chosenBillIds);
        plan = plan == null ? null : List.copyOf(plan);
        shares = List.copyOf(shares);
        if (amount.amount().signum() <= 0) {
            throw new BusinessRuleException("payment-amount", "a payment is more than zero", amount.toPlainString());
        }
        if (method == PaymentMethod.HOME_COLLECTION && homeVisit == null) {
            throw new IllegalArgumentException("a home collection records the appointment and who went");
        }
    }

    /** Taken at the desk or at home: the money is in hand, so it is confirmed at once, to the bills in {@code plan}. */
    public static Payment received(String id, String communityId, String unitId, String accountId, Money amount,
            PaymentChannel channel, String reference, String payerName, List<String> chosen, HomeVisit homeVisit,
            String recordedBy, Instant now, List<String> plan) {
        if (channel.needsReference() && (reference == null || reference.isBlank())) {
            throw new BusinessRuleException("payment-reference-required", "this channel needs its reference",
                    channel);
        }
        PaymentMethod method = homeVisit == null ? PaymentMethod.DESK : PaymentMethod.HOME_COLLECTION;
        return new Payment(id, communityId, unitId, accountId, amount, channel, method, reference, payerName, chosen,
                homeVisit, null, null, PaymentStatus.CONFIRMED, recordedBy, now, now, plan, List.of(), null, null,
                null, null);
    }

    /** Started online: waits for the provider. */
    public static Payment online(String id, String communityId, String unitId, String accountId, Money amount,
            PaymentChannel channel, List<String> chosen, String provider, String recordedBy, Instant now) {
        if (!channel.isOnline()) {
            throw new BusinessRuleException("payment-channel-not-online", "this channel is not paid online", channel);
        }
        return new Payment(id, communityId, unitId, accountId, amount, channel, PaymentMethod.ONLINE, null, null,
                chosen, null, provider, null, PaymentStatus.PENDING, recordedBy, now, null, null, List.of(), null,
                null, null, null);
    }

    public Payment withPayUrl(String url) {
        return new Payment(id, communityId, unitId, accountId, amount, channel, method, reference, payerName,
                chosenBillIds, homeVisit, provider, url, status, recordedBy, createdAt, confirmedAt, plan, shares,
                prepaid, receiptId, receiptNumber, failure);
    }

    /** Whether the provider's PAID still has to confirm it (a duplicate or late callback changes nothing). */
    public boolean awaitsConfirmation() {
        return status == PaymentStatus.PENDING || status == PaymentStatus.FAILED || status == PaymentStatus.EXPIRED;
    }

    /** The provider took the money: confirmed, to be applied to {@code plan}; its transaction id is the reference. */
    public Payment confirmedByProvider(String transactionId, Instant at, List<String> billsInOrder) {
        return new Payment(id, communityId, unitId, accountId, amount, channel, method, transactionId, payerName,
                chosenBillIds, homeVisit, provider, payUrl, PaymentStatus.CONFIRMED, recordedBy, createdAt, at,
                billsInOrder, shares, prepaid, receiptId, receiptNumber, null);
    }

    /** The provider refused it, or it expired unpaid; only a pending payment ends so. */
    public Payment ended(PaymentStatus end, String why) {
        if (status != PaymentStatus.PENDING) {
            return this;
        }
        return new Payment(id, communityId, unitId, accountId, amount, channel, method, reference, payerName,
                chosenBillIds, homeVisit, provider, payUrl, end, recordedBy, createdAt, confirmedAt, plan, shares,
                prepaid, receiptId, receiptNumber, why);
    }

    public Payment settled(List<BillShare> billShares, Money credit, String receipt, String number) {
        return new Payment(id, communityId, unitId, accountId, amount, channel, method, reference, payerName,
                chosenBillIds, homeVisit, provider, payUrl, PaymentStatus.SETTLED, recordedBy, createdAt,
                confirmedAt, plan, billShares, credit, receipt, number, failure);
    }

    public Payment reversed() {
        return new Payment(id, communityId, unitId, accountId, amount, channel, method, reference, payerName,
                chosenBillIds, homeVisit, provider, payUrl, PaymentStatus.REVERSED, recordedBy, createdAt,
                confirmedAt, plan, shares, prepaid, receiptId, receiptNumber, failure);
    }

    /** The channel as {@code payment.received} says it: a home collection is its own channel there. */
    public String eventChannel() {
        return method == PaymentMethod.HOME_COLLECTION ? "HOME_COLLECTION" : channel.name();
    }
}
