package com.estate.billing.sharing.domain;

import com.estate.platform.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * One period's public water or electricity cost of a community divided among its units (infra/BUSINESS-RULES.md
 * §12, Public utility cost sharing): the shares add up to the total exactly. There is one per community, period and
 * cost ({@link #idFor}), so entering it again cannot charge it twice.
 *
 * @param period the month, {@code 2026-11} (a string, as stored)
 * @param shares every unit's share, each with the account it is charged to and the bill that charges it
 */
public record CostSharing(String id, String communityId, String period, SharedCost cost, Money total,
        SharingMethod method, LocalDate dueDate, List<UnitShare> shares, String enteredBy, Instant enteredAt) {

    /** One unit's share, charged to its account on a bill of its own. */
    public record UnitShare(String unitId, String accountId, java.math.BigDecimal floorArea, Money amount) {
    }

    public CostSharing {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communityId, "communityId");
        YearMonth.parse(Objects.requireNonNull(period, "period"));
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(dueDate, "dueDate");
        shares = List.copyOf(shares);
        Money sum = shares.stream().map(UnitShare::amount).reduce(Money.zero(), Money::plus);
        if (!sum.equals(total)) {
            throw new IllegalArgumentException("the shares add up to " + sum.toPlainString() + ", not "
                    + total.toPlainString());
        }
    }

    public static String idFor(String communityId, YearMonth period, SharedCost cost) {
        return "cs-" + communityId + "-" + period + "-" + cost.name();
    }

    /**
     * Divides {@code total} among {@code units} (each with its account id) by the method, to the fen.
     *
     * @param accounts the account of each unit, in the order of {@code units}
     */
    public static CostSharing share(String communityId, YearMonth period, SharedCost cost, Money total,
            SharingMethod method, LocalDate dueDate, List<SharingUnit> units, List<String> accounts, String by,
            Instant now) {
        List<Share> shares = LargestRemainder.share(total, method, units);
        List<UnitShare> unitShares = new java.util.ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            unitShares.add(new UnitShare(units.get(i).unitId(), accounts.get(i), units.get(i).floorArea(),
                    shares.get(i).amount()));
        }
        return new CostSharing(idFor(communityId, period, cost), communityId, period.toString(), cost, total, method,
                dueDate,
                unitShares, by, now);
    }

    /** The same request entered again (a retry): the same community, period, cost, total and method. */
    public boolean sameAs(Money otherTotal, SharingMethod otherMethod) {
        return total.equals(otherTotal) && method == otherMethod;
    }
}
