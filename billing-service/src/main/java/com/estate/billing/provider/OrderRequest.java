package com.estate.billing.provider;

import com.estate.platform.money.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * An order for the provider.
 *
 * @param tradeNo     our payment's id, which the provider quotes back in callbacks (its "out trade no")
 * @param description what the payer sees on the provider's page (物业费 …)
 * @param notifyUrl   where the provider sends its callback
 * @param expiresAt   after this the provider no longer accepts payment for it
 */
public record OrderRequest(String tradeNo, Money amount, String description, String notifyUrl, Instant expiresAt) {

    public OrderRequest {
        Objects.requireNonNull(tradeNo, "tradeNo");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(notifyUrl, "notifyUrl");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
