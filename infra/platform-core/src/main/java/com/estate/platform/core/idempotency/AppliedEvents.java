package com.estate.platform.core.idempotency;

import java.util.List;

/**
 * The bounded list of event ids a stored document has already applied, kept in the document itself and written in
 * the same single-document write as the change the event caused, so a redelivered event finds its id and changes
 * nothing. Only the latest {@link #REMEMBERED} ids are kept: redeliveries come from the recent past (a rebalance,
 * a retry), and a document that is written by events must not grow without end.
 *
 * <p>One rule for both stacks: the services' aggregates ({@code AggregateDocument.processedEventIds}) and the
 * gateway's resident accounts ({@code appliedEventIds}).
 */
public final class AppliedEvents {

    /** How many applied event ids a document remembers. */
    public static final int REMEMBERED = 500;

    private AppliedEvents() {
    }

    /**
     * Records in {@code appliedIds} (a mutable list, oldest first) that the event with this id is being applied,
     * dropping the oldest ids beyond {@link #REMEMBERED}.
     *
     * @return false when it was applied before, and the caller must not apply it again (the list is unchanged)
     */
    public static boolean record(List<String> appliedIds, String eventId) {
        if (appliedIds.contains(eventId)) {
            return false;
        }
        appliedIds.add(eventId);
        while (appliedIds.size() > REMEMBERED) {
            appliedIds.removeFirst();
        }
        return true;
    }
}
