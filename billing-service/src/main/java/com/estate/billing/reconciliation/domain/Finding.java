package com.estate.billing.reconciliation.domain;

import java.util.List;
import java.util.Objects;

/**
 * One disagreement between what the events say and what billing stores.
 *
 * @param subject  the charge id, bill id or payment id concerned; the account id for a balance
 * @param expected what the events give (an amount, or how many times it should be there)
 * @param actual   what billing has
 * @param eventIds the events behind it, in the order read
 */
public record Finding(Kind kind, String communityId, String accountId, String subject, String expected,
        String actual, List<String> eventIds) {

    public enum Kind {
        /** Another service asked for a charge (charge.requested) that billing never accepted (no charge.posted). */
        MISSING_CHARGE,
        /** One charge accepted more than once (charge.posted under two event ids) or billed on two bills. */
        DUPLICATE_CHARGE,
        /** One bill, payment or refund announced under two event ids. */
        DUPLICATE_ANNOUNCEMENT,
        /** The ledger's balance of an account differs from the one its events give. */
        BALANCE_MISMATCH
    }

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        eventIds = List.copyOf(eventIds);
    }

    /** The order of a report: by kind, community, account, subject. */
    String sortKey() {
        return kind.ordinal() + "|" + communityId + "|" + accountId + "|" + subject;
    }
}
