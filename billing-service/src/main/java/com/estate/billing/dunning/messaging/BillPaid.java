package com.estate.billing.dunning.messaging;

import java.util.Objects;

/** The fields dunning reads from {@code com.estate.billing.bill.paid.v1} (tolerant reader). */
record BillPaid(String billId, String accountId, String unitId, String communityId) {

    BillPaid {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(communityId, "communityId");
    }
}
