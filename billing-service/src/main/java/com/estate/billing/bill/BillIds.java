package com.estate.billing.bill;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Bill ids derived from what the bill is for, so issuing it again (a re-run, a redelivered request) finds the bill
 * instead of making a second one: name-based UUIDs (RFC 4122 version 3). Changing these strings would let a re-run
 * bill a period twice; they are part of the stored data.
 */
public final class BillIds {

    private BillIds() {
    }

    /** The bill of one account for one period: one per account and period, whatever the run. */
    public static String periodic(String accountId, BillPeriod period) {
        return uuid("bill:periodic:" + accountId + ":" + period.from() + ":" + period.to());
    }

    /** The bill that answers one request of another service (e.g. a move-in case's fees). */
    public static String requested(RequestedBy requestedBy) {
        return uuid("bill:requested:" + requestedBy.kind() + ":" + requestedBy.id());
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
