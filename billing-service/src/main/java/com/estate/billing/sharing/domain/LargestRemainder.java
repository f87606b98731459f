package com.estate.billing.sharing.domain;

import com.estate.platform.money.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Divides a total among units so the shares add up to it exactly to the fen (largest-remainder method,
 * infra/BUSINESS-RULES.md §13, Public utility cost sharing): every unit first gets its exact share rounded
 * down to the fen; the fen left over go one each to the units whose dropped remainders were largest, ties to the
 * unit with the larger weight, then to the smaller unit id, so the same input always gives the same shares.
 * The arithmetic is in whole fen and exact fractions: no rounding happens before the remainders are compared.
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    public static List<Share> share(Money total, SharingMethod method, List<SharingUnit> units) {
        if (total.amount().signum() < 0) {
            throw new IllegalArgumentException("a shared cost is never negative: " + total.toPlainString());
        }
        if (units.isEmpty()) {
            throw new IllegalArgumentException("a cost is shared among at least one unit");
        }
        if (units.stream().map(SharingUnit::unitId).distinct().count() != units.size()) {
            throw new IllegalArgumentException("each unit takes part once");
        }
        List<BigInteger> weights = units.stream().map(unit -> weight(unit, method)).toList();
        BigInteger weightSum = weights.stream().reduce(BigInteger.ZERO, BigInteger::add);
        if (weightSum.signum() == 0) {
            throw new IllegalArgumentException("the units' floor areas add up to zero");
        }
        BigInteger totalFen = total.amount().movePointRight(2).toBigIntegerExact();

        List<Part> parts = new ArrayList<>(units.size());
        BigInteger allotted = BigInteger.ZERO;
        for (int i = 0; i < units.size(); i++) {
            BigInteger[] quotient = totalFen.multiply(weights.get(i)).divideAndRemainder(weightSum);
            parts.add(new Part(i, units.get(i).unitId(), weights.get(i), quotient[0], quotient[1]));
            allotted = allotted.add(quotient[0]);
        }
        int leftOver = totalFen.subtract(allotted).intValueExact(); // fewer than the number of units
        List<Part> byRemainder = new ArrayList<>(parts);
        byRemainder.sort(Comparator.comparing(Part::remainder).reversed()
                .thenComparing(Comparator.comparing(Part::weight).reversed())
                .thenComparing(Part::unitId));
        BigInteger[] fen = parts.stream().map(Part::floorFen).toArray(BigInteger[]::new);
        for (int i = 0; i < leftOver; i++) {
            fen[byRemainder.get(i).index()] = fen[byRemainder.get(i).index()].add(BigInteger.ONE);
        }
        List<Share> shares = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            shares.add(new Share(units.get(i).unitId(), new Money(new BigDecimal(fen[i], 2), total.currency())));
        }
        return shares;
    }

    /** Floor areas in hundredths of a m² (areas have at most two places), so every weight is a whole number. */
    private static BigInteger weight(SharingUnit unit, SharingMethod method) {
        return switch (method) {
            case EQUALLY -> BigInteger.ONE;
            case BY_FLOOR_AREA -> unit.floorArea().movePointRight(2).setScale(0, java.math.RoundingMode.UNNECESSARY)
                    .toBigIntegerExact();
        };
    }

    private record Part(int index, String unitId, BigInteger weight, BigInteger floorFen, BigInteger remainder) {
    }
}
