package com.estate.billing.payment.domain;

/** How the money came, as {@code payment.received} names it. */
public enum PaymentChannel {
    CASH, CARD, WECHAT_PAY, ALIPAY, BANK_TRANSFER;

    /** A wallet can be paid online through a provider; the rest only at the desk or at home. */
    public boolean isOnline() {
        return this == WECHAT_PAY || this == ALIPAY;
    }

    /** Everything but cash leaves a trace to quote (the terminal's slip, the wallet's or bank's transaction number). */
    public boolean needsReference() {
        return this != CASH;
    }
}
