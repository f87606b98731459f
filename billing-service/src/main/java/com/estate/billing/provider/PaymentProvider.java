package com.estate.billing.provider;

/**
 * The port to a payment provider (infra/ARCHITECTURE.md §21). Billing asks it for an order the payer pays on the
 * provider's page, hears back by a signed callback to {@code /api/billing/payments/callback/{name}}, and asks for
 * the order's state when no callback came. Every adapter speaks its provider's own protocol (signatures, payload,
 * the answer it expects); billing only sees {@link ProviderNotice}s.
 */
public interface PaymentProvider {

    /** The provider's name in the callback path and on payments: {@code simulated}, {@code wechat-pay}, {@code alipay}. */
    String name();

    /**
     * Places the order with the provider.
     *
     * @throws ProviderUnavailableException when the provider refuses or does not answer in time
     */
    ProviderOrder createOrder(OrderRequest request);

    /**
     * Checks a callback's signature (and decrypts it where the protocol encrypts) and reads what it says.
     *
     * @throws InvalidCallbackException when the signature does not verify, the callback is stale, or it is unreadable
     */
    ProviderNotice verifyCallback(CallbackRequest callback);

    /** What the provider expects as the answer to a callback it delivered (else it delivers again). */
    CallbackAcknowledgement acknowledgement();

    /**
     * The provider's current state of an order, for a payment whose callback never came.
     *
     * @throws ProviderUnavailableException when the provider does not answer
     */
    ProviderNotice query(String tradeNo);
}
