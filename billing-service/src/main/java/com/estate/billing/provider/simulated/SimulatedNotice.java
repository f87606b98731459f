package com.estate.billing.provider.simulated;

import com.estate.billing.provider.ProviderNotice;
import com.estate.billing.provider.ProviderPaymentState;
import com.estate.platform.money.Money;
import java.time.Instant;

/** The simulated provider's callback body (and status answer); amounts as decimal strings in yuan. */
record SimulatedNotice(String tradeNo, ProviderPaymentState state, String transactionId, String amount,
        Instant paidAt) {

    static SimulatedNotice of(SimulatedOrderDocument order, ProviderPaymentState state) {
        return new SimulatedNotice(order.tradeNo, state, order.transactionId,
                new Money(order.amount, Money.CNY).toPlainString(), order.paidAt);
    }

    ProviderNotice toNotice() {
        return new ProviderNotice(tradeNo, state, transactionId, amount == null ? null : Money.yuan(amount), paidAt);
    }
}
