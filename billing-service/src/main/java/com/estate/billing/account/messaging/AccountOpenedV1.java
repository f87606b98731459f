package com.estate.billing.account.messaging;

import com.estate.billing.account.domain.FeeAccount;
import com.estate.platform.events.IntegrationEventType;
import java.time.Instant;

/** Integration event {@code com.estate.billing.account.opened.v1}; its contract is in infra/contracts. */
record AccountOpenedV1(String accountId, String unitId, String communityId, String currency, Instant openedAt) {

    static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.billing.account.opened.v1", "billing.events");

    static AccountOpenedV1 of(FeeAccount account) {
        return new AccountOpenedV1(account.id(), account.unitId(), account.communityId(),
                account.balance().currency(), account.openedAt());
    }
}
