package com.estate.workorder.dispatch;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whom an order goes to automatically (infra/ARCHITECTURE.md §23): among the technicians who have the category's
 * skill and work in the order's community, whoever is on duty first, then the one with the fewest active orders;
 * a tie goes to the smaller staff id, so the choice is the same on every replica.
 */
public final class AutoDispatch {

    private AutoDispatch() {
    }

    /** A technician who could take the order, with their current load and whether they are on duty now. */
    public record Candidate(String staffId, long activeOrders, boolean onDuty) {
    }

    public static Optional<Candidate> choose(List<Candidate> candidates) {
        return candidates.stream().min(Comparator.comparing((Candidate c) -> !c.onDuty())
                .thenComparingLong(Candidate::activeOrders).thenComparing(Candidate::staffId));
    }
}
