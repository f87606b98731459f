package com.estate.billing.account.domain;

import com.estate.platform.money.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * The fee account of one unit: what is owed and paid for it is booked here. There is exactly one per unit, so
 * its id is derived from the unit id and opening it twice is impossible.
 */
public record FeeAccount(String id, String unitId, String communityId, Money balance, Instant openedAt) {

    public FeeAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(openedAt, "openedAt");
    }

    public static String idFor(String unitId) {
        return "fa-" + unitId;
    }

    /** The same account with its balance as the ledger says (the stored one is the opening balance). */
    public FeeAccount withBalance(Money ledgerBalance) {
        return new FeeAccount(id, unitId, communityId, ledgerBalance, openedAt);
    }

    /** A new unit starts with nothing owed. */
    public static FeeAccount openFor(String unitId, String communityId, Instant now) {
        return new FeeAccount(idFor(unitId), unitId, communityId, Money.zero(), now);
    }
}
