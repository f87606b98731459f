package com.estate.billing.arrears;

import com.estate.billing.arrears.domain.Aging;
import com.estate.billing.arrears.domain.OpenCharge;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** What one fee account has open: its bills that wait for money, oldest due first. */
public record AccountArrears(String accountId, String unitId, String communityId, List<OpenCharge> charges) {

    public AccountArrears {
        charges = charges.stream().sorted(Comparator.comparing(OpenCharge::dueDate).thenComparing(OpenCharge::billId))
                .toList();
    }

    public Aging aging(LocalDate today) {
        return Aging.of(charges, today);
    }

    /** The overdue charges on {@code today}, oldest first. */
    public List<OpenCharge> overdue(LocalDate today) {
        return charges.stream().filter(charge -> charge.overdueOn(today)).toList();
    }

    /** The periods of the overdue charges, as a reminder names them. */
    public List<String> overduePeriods(LocalDate today) {
        return overdue(today).stream().map(OpenCharge::period).distinct().toList();
    }
}
