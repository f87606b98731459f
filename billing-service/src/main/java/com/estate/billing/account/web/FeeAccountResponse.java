package com.estate.billing.account.web;

import com.estate.billing.account.domain.FeeAccount;
import java.time.Instant;

/** @param balance a decimal string with two places, in {@code currency} */
record FeeAccountResponse(String accountId, String unitId, String communityId, String balance, String currency,
        Instant openedAt) {

    static FeeAccountResponse of(FeeAccount account) {
        return new FeeAccountResponse(account.id(), account.unitId(), account.communityId(),
                account.balance().toPlainString(), account.balance().currency(), account.openedAt());
    }
}
