package com.estate.billing.provider;

import com.estate.platform.money.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * What a verified callback or a status query says about one order.
 *
 * @param transactionId the provider's own id of the payment (its reference on our payment), null until paid
 * @param amount        what the provider says was paid (checked against the payment before it is confirmed)
 * @param paidAt        when the provider took the money, null unless paid
 */
public record ProviderNotice(String tradeNo, ProviderPaymentState state, String transactionId, Money amount,
        Instant paidAt) {

    public ProviderNotice {
        Objects.requireNonNull(tradeNo, "tradeNo");
        Objects.requireNonNull(state, "state");
    }
}
