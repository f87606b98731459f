package com.estate.billing.payment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param notifyUrl         where providers send callbacks: relative to the provider's configured base, or absolute
 *                          (the gateway's public address in production); {@code {provider}} is replaced
 * @param onlineExpiry      how long an online payment can be paid before it expires
 * @param queryAfter        a pending online payment without callback for this long is asked about
 * @param resettleAfter     a confirmed payment not settled after this long (a stopped settlement) is settled again
 * @param followUpInterval  how often the follow-up job looks (one replica at a time, under the lease)
 */
@ConfigurationProperties("app.billing.payments")
public record PaymentProperties(
        @DefaultValue("/api/billing/payments/callback/{provider}") String notifyUrl,
        @DefaultValue("30m") Duration onlineExpiry,
        @DefaultValue("2m") Duration queryAfter,
        @DefaultValue("1m") Duration resettleAfter,
        @DefaultValue("30s") Duration followUpInterval) {
}
