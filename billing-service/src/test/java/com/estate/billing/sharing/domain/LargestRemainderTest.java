package com.estate.billing.sharing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.estate.platform.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LargestRemainderTest {

    static SharingUnit unit(String id, String area) {
        return new SharingUnit(id, new BigDecimal(area));
    }

    static Money sum(List<Share> shares) {
        return shares.stream().map(Share::amount).reduce(Money.zero(), Money::plus);
    }

    @Test
    void equalSharesGiveTheLeftOverFenToTheFirstUnitsByIdAndAddUpExactly() {
        var shares = LargestRemainder.share(Money.yuan("100.00"), SharingMethod.EQUALLY,
                List.of(unit("u-c", "80"), unit("u-a", "80"), unit("u-b", "80")));
        // 10000 fen / 3 = 3333 each, remainders equal: the 1 fen left goes to the smallest id
        assertThat(shares).containsExactly(new Share("u-c", Money.yuan("33.33")),
                new Share("u-a", Money.yuan("33.34")), new Share("u-b", Money.yuan("33.33")));
        assertThat(sum(shares)).isEqualTo(Money.yuan("100.00"));
    }

    @Test
    void byFloorAreaTheLargestRemaindersGetTheLeftOverFen() {
        // 1000.00 yuan over 89.50 + 120.35 + 65.00 = 274.85 m²
        var shares = LargestRemainder.share(Money.yuan("1000.00"), SharingMethod.BY_FLOOR_AREA,
                List.of(unit("u-1", "89.50"), unit("u-2", "120.35"), unit("u-3", "65.00")));
        // exact: 325.6321..., 437.8752..., 236.4926... -> floors 325.63, 437.87, 236.49 (999.99); the 1 fen left
        // goes to u-2 (remainder .52 of a fen, the largest)
        assertThat(shares).containsExactly(new Share("u-1", Money.yuan("325.63")),
                new Share("u-2", Money.yuan("437.88")), new Share("u-3", Money.yuan("236.49")));
        assertThat(sum(shares)).isEqualTo(Money.yuan("1000.00"));
    }

    @Test
    void anyTotalOverAnyAreasAddsUpToTheFenAndNoShareIsOffByMoreThanOneFen() {
        Random random = new Random(20261201);
        for (int round = 0; round < 500; round++) {
            int count = 1 + random.nextInt(60);
            List<SharingUnit> units = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                units.add(new SharingUnit("u-" + i, BigDecimal.valueOf(random.nextInt(30000), 2)
                        .add(BigDecimal.ONE)));
            }
            Money total = new Money(BigDecimal.valueOf(random.nextInt(10_000_000), 2), Money.CNY);
            var shares = LargestRemainder.share(total, SharingMethod.BY_FLOOR_AREA, units);
            assertThat(sum(shares)).isEqualTo(total);
            BigDecimal areaSum = units.stream().map(SharingUnit::floorArea).reduce(BigDecimal.ZERO, BigDecimal::add);
            for (int i = 0; i < count; i++) {
                BigDecimal exact = total.amount().multiply(units.get(i).floorArea())
                        .divide(areaSum, 10, java.math.RoundingMode.HALF_UP);
                assertThat(shares.get(i).amount().amount().subtract(exact).abs())
                        .isLessThan(new BigDecimal("0.01"));
            }
        }
    }

    @Test
    void tiesGoToTheLargerAreaThenToTheSmallerUnitIdWhateverTheOrderOfTheUnits() {
        var units = List.of(unit("u-b", "50"), unit("u-a", "50"), unit("u-c", "50"), unit("u-d", "50"));
        var shares = LargestRemainder.share(Money.yuan("0.02"), SharingMethod.BY_FLOOR_AREA, units);
        assertThat(shares).containsExactly(new Share("u-b", Money.yuan("0.01")), new Share("u-a", Money.yuan("0.01")),
                new Share("u-c", Money.yuan("0.00")), new Share("u-d", Money.yuan("0.00")));
        var reversed = LargestRemainder.share(Money.yuan("0.02"), SharingMethod.BY_FLOOR_AREA, units.reversed());
        assertThat(reversed).containsExactlyInAnyOrderElementsOf(shares);

        // 0.01 over 40 m² and 60 m²: 0.4 and 0.6 of a fen; the larger remainder wins although its id sorts later
        var uneven = LargestRemainder.share(Money.yuan("0.01"), SharingMethod.BY_FLOOR_AREA,
                List.of(unit("u-a", "40"), unit("u-z", "60")));
        assertThat(uneven).containsExactly(new Share("u-a", Money.yuan("0.00")), new Share("u-z", Money.yuan("0.01")));
    }

    @Test
    void refusesWhatCannotBeShared() {
        assertThatThrownBy(() -> LargestRemainder.share(Money.yuan("1.00"), SharingMethod.EQUALLY, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LargestRemainder.share(Money.yuan("-1.00"), SharingMethod.EQUALLY,
                List.of(unit("u", "1")))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LargestRemainder.share(Money.yuan("1.00"), SharingMethod.BY_FLOOR_AREA,
                List.of(unit("u", "0"), unit("v", "0")))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LargestRemainder.share(Money.yuan("1.00"), SharingMethod.EQUALLY,
                List.of(unit("u", "1"), unit("u", "2")))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> unit("u", "1.001")).isInstanceOf(IllegalArgumentException.class);
    }
}
