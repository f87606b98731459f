package com.estate.billing.provider.simulated;

import com.estate.billing.provider.ProviderPaymentState;
import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** The simulated provider's own record of an order, as a real provider keeps it on its side. */
@Document("simulated_provider_orders")
class SimulatedOrderDocument {

    @Id
    String tradeNo;
    BigDecimal amount;
    String description;
    String notifyUrl;
    Instant createdAt;
    Instant expiresAt;
    ProviderPaymentState state;
    String transactionId;
    Instant paidAt;
    SimulatedOutcome outcome;
    @Version
    Long version;

    /** Open orders past their expiry are closed when they are read, as the provider closes them. */
    ProviderPaymentState stateAt(Instant now) {
        return state == ProviderPaymentState.PENDING && now.isAfter(expiresAt) ? ProviderPaymentState.CLOSED : state;
    }
}
