package com.estate.billing.provider;

/**
 * An order the provider accepted.
 *
 * @param payUrl where the payer pays (a cashier page, or the content of a QR code for WeChat Pay / Alipay)
 */
public record ProviderOrder(String tradeNo, String payUrl) {
}
