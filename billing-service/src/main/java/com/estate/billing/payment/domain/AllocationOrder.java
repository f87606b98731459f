package com.estate.billing.payment.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which bills a payment goes to, in which order (infra/BUSINESS-RULES.md §16, payments): the bills the payer chose,
 * otherwise every open bill, oldest due first in both cases. What the bills do not take is prepaid credit.
 */
public final class AllocationOrder {

    private AllocationOrder() {
    }

    /**
     * @param openOldestDueFirst the account's open bills, oldest due first
     * @param chosen             the bills the payer chose (empty: none chosen)
     * @return the bill ids to apply the payment to, in order
     * @throws IllegalArgumentException naming a chosen bill that is not open on the account
     */
    public static List<String> of(List<String> openOldestDueFirst, List<String> chosen) {
        if (chosen.isEmpty()) {
            return List.copyOf(openOldestDueFirst);
        }
        Set<String> wanted = new LinkedHashSet<>(chosen);
        for (String billId : wanted) {
            if (!openOldestDueFirst.contains(billId)) {
                throw new IllegalArgumentException(billId);
            }
        }
        return openOldestDueFirst.stream().filter(wanted::contains).toList();
    }
}
