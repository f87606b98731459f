package com.estate.billing.arrears.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.platform.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgingTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @ParameterizedTest(name = "{0} days overdue: {1}")
    @CsvSource({"-5, CURRENT", "0, CURRENT", "1, DAYS_1_30", "30, DAYS_1_30", "31, DAYS_31_90", "90, DAYS_31_90",
            "91, DAYS_91_180", "180, DAYS_91_180", "181, OVER_180", "2000, OVER_180"})
    void bucketsByDaysPastTheDueDate(long days, AgingBucket expected) {
        assertThat(AgingBucket.ofDaysOverdue(days)).isEqualTo(expected);
        var charge = new OpenCharge("b-1", "2026-06", TODAY.minusDays(days), Money.yuan("1.00"));
        assertThat(charge.bucket(TODAY)).isEqualTo(expected);
    }

    @Test
    void sumsWhatIsOpenPerBucketAndNamesTheOldestOverdueDueDate() {
        var aging = Aging.of(List.of(
                new OpenCharge("b-dec", "2026-12", TODAY.plusDays(14), Money.yuan("300.00")),
                new OpenCharge("b-nov", "2026-11", TODAY.minusDays(16), Money.yuan("300.00")),
                new OpenCharge("b-oct", "2026-10", TODAY.minusDays(46), Money.yuan("120.50")),
                new OpenCharge("b-sep", "2026-09", TODAY.minusDays(76), Money.yuan("0.01")),
                new OpenCharge("b-may", "2026-05", TODAY.minusDays(200), Money.yuan("88.88")),
                new OpenCharge("b-paid", "2026-04", TODAY.minusDays(230), Money.yuan("0.00"))), TODAY);

        assertThat(aging.in(AgingBucket.CURRENT)).isEqualTo(Money.yuan("300.00"));
        assertThat(aging.in(AgingBucket.DAYS_1_30)).isEqualTo(Money.yuan("300.00"));
        assertThat(aging.in(AgingBucket.DAYS_31_90)).isEqualTo(Money.yuan("120.51"));
        assertThat(aging.in(AgingBucket.DAYS_91_180)).isEqualTo(Money.zero());
        assertThat(aging.in(AgingBucket.OVER_180)).isEqualTo(Money.yuan("88.88"));
        assertThat(aging.total()).isEqualTo(Money.yuan("809.39"));
        assertThat(aging.overdue()).isEqualTo(Money.yuan("509.39"));
        assertThat(aging.inArrears()).isTrue();
        assertThat(aging.oldestOverdueDueDate()).contains(TODAY.minusDays(200));
    }

    @Test
    void nothingOverdueIsNoArrears() {
        var aging = Aging.of(List.of(new OpenCharge("b-dec", "2026-12", TODAY, Money.yuan("300.00"))), TODAY);
        assertThat(aging.inArrears()).isFalse();
        assertThat(aging.oldestOverdueDueDate()).isEmpty();
        assertThat(Aging.none().total()).isEqualTo(Money.zero());
    }

    @Test
    void aCommunityIsTheSumOfItsAccounts() {
        var a = Aging.of(List.of(new OpenCharge("a", "2026-10", TODAY.minusDays(40), Money.yuan("10.00"))), TODAY);
        var b = Aging.of(List.of(new OpenCharge("b", "2026-06", TODAY.minusDays(190), Money.yuan("5.50")),
                new OpenCharge("c", "2026-12", TODAY.plusDays(3), Money.yuan("1.00"))), TODAY);
        var sum = a.plus(b).plus(Aging.none());
        assertThat(sum.in(AgingBucket.DAYS_31_90)).isEqualTo(Money.yuan("10.00"));
        assertThat(sum.in(AgingBucket.OVER_180)).isEqualTo(Money.yuan("5.50"));
        assertThat(sum.overdue()).isEqualTo(Money.yuan("15.50"));
        assertThat(sum.oldestOverdueDueDate()).isEqualTo(Optional.of(TODAY.minusDays(190)));
    }
}
