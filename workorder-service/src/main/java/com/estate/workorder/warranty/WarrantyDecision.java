package com.estate.workorder.warranty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether a repair is free or paid, and why (infra/BUSINESS-RULES.md §14.1).
 *
 * @param coveredUntil the last day the category's warranty covers; absent when no warranty applies
 * @param decidedBy    the staff member who overrode the rule; absent for the rule's own decision
 * @param reason       the override's reason, recorded
 * @param ruleCoverage what the rule decided before an override, so the record shows both
 */
public record WarrantyDecision(Coverage coverage, WarrantyBasis basis, LocalDate coveredUntil, String decidedBy,
        String reason, Coverage ruleCoverage, Instant decidedAt) {

    public WarrantyDecision {
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

    /** Staff decide otherwise; the rule's decision stays on record beside theirs. */
    public WarrantyDecision overridden(Coverage to, String by, String why, Instant at) {
        Objects.requireNonNull(to, "coverage");
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("an override needs a reason");
        }
        Coverage rule = basis == WarrantyBasis.OVERRIDDEN ? ruleCoverage : coverage;
        return new WarrantyDecision(to, WarrantyBasis.OVERRIDDEN, coveredUntil, by, why.strip(), rule, at);
    }

    public boolean isPaid() {
        return coverage == Coverage.PAID;
    }
}
