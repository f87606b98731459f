package com.estate.billing.bill;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Bill ids derived from what the bill is for, so issuing it again (a re-run, a redelivered request) finds the bill
 * instead of making a second one. Changing these strings would let a re-run bill a period twice; they are part of
 * the stored data (a scheme that is replaced stays readable: {@link #legacyPeriodic}).
 */
public final class BillIds {

    private BillIds() {
    }

    /**
     * The bill of one account for one period: one per account and period, whatever the run. The id begins with the
     * period and ends with the account, so a run's bills sort in the order the run writes them (it streams the
     * community's units by id, and an account's id is its unit's): each batch lands at the end of the bills' and
     * the ledger's indexes instead of all over them (infra/ARCHITECTURE.md §20).
     */
    public static String periodic(String accountId, BillPeriod period) {
        return "bill-" + period.from() + "-" + period.to() + "-" + accountId;
    }

    /**
     * The id {@link #periodic} gave before it sorted by period (a name-based UUID): a bill run looks for both, so a
     * period billed under the earlier scheme is never billed again.
     */
    public static String legacyPeriodic(String accountId, BillPeriod period) {
        return uuid("bill:periodic:" + accountId + ":" + period.from() + ":" + period.to());
    }

    /** The bill that answers one request of another service (e.g. a move-in case's fees): a name-based UUID. */
    public static String requested(RequestedBy requestedBy) {
        return uuid("bill:requested:" + requestedBy.kind() + ":" + requestedBy.id());
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
