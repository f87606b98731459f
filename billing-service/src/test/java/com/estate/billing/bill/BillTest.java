package com.estate.billing.bill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.estate.platform.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BillTest {

    static final Instant AT = Instant.parse("2026-12-01T00:00:00Z");
    static final BillPeriod DECEMBER = new BillPeriod(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31"));

    static Bill bill() {
        return Bill.issue("b1", "fa-u1", "u1", "c1", DECEMBER, null,
                List.of(new BillLine("property-management-fee", "物业管理费", Money.yuan("223.75"), null),
                        new BillLine("parking", "车位费", Money.yuan("100.00"), null)),
                LocalDate.parse("2026-12-15"), AT, "run-1");
    }

    @Test
    void theTotalIsTheSumOfTheLinesAndAllOfItIsOpen() {
        Bill bill = bill();
        assertThat(bill.total()).isEqualTo(Money.yuan("323.75"));
        assertThat(bill.openAmount()).isEqualTo(bill.total());
        assertThat(bill.status()).isEqualTo(BillStatus.ISSUED);
    }

    @Test
    void paymentsApplyUpToTheOpenAmountOncePerPaymentId() {
        Bill.Applied first = bill().apply("p1", Money.yuan("300.00"), AT);
        assertThat(first.amount()).isEqualTo(Money.yuan("300.00"));
        assertThat(first.bill().status()).isEqualTo(BillStatus.PARTLY_PAID);
        assertThat(first.nowPaid()).isFalse();

        Bill.Applied again = first.bill().apply("p1", Money.yuan("300.00"), AT);
        assertThat(again.bill()).isEqualTo(first.bill());
        assertThat(again.amount()).isEqualTo(Money.yuan("300.00"));

        Bill.Applied rest = first.bill().apply("p2", Money.yuan("50.00"), AT);
        assertThat(rest.amount()).as("only what was open").isEqualTo(Money.yuan("23.75"));
        assertThat(rest.bill().status()).isEqualTo(BillStatus.PAID);
        assertThat(rest.bill().openAmount()).isEqualTo(Money.zero());
        assertThat(rest.nowPaid()).isTrue();
        assertThat(rest.bill().paidAt()).isEqualTo(AT);

        assertThat(rest.bill().apply("p3", Money.yuan("1.00"), AT).amount()).isEqualTo(Money.zero());
    }

    @Test
    void aReversedPaymentReopensTheBillAndPayingAgainIsNotANewFirstPayment() {
        Bill paid = bill().apply("p1", Money.yuan("323.75"), AT).bill();
        Bill reopened = paid.reverse("p1", AT.plusSeconds(60));
        assertThat(reopened.status()).isEqualTo(BillStatus.ISSUED);
        assertThat(reopened.openAmount()).isEqualTo(Money.yuan("323.75"));
        assertThat(reopened.allocations()).hasSize(1).first().extracting(Allocation::reversedAt).isNotNull();
        assertThat(reopened.reverse("p1", AT.plusSeconds(120))).isEqualTo(reopened);
        assertThat(reopened.apply("p1", Money.yuan("323.75"), AT).amount()).as("a reversed payment stays reversed")
                .isEqualTo(Money.zero());
        Bill.Applied paidAgain = reopened.apply("p2", Money.yuan("323.75"), AT.plusSeconds(180));
        assertThat(paidAgain.bill().status()).isEqualTo(BillStatus.PAID);
        assertThat(paidAgain.nowPaid()).as("bill.paid is published once per bill").isFalse();
    }

    @Test
    void onlyAnUnpaidBillIsVoidedAndAVoidedBillTakesNoMoney() {
        assertThatThrownBy(() -> bill().apply("p1", Money.yuan("1.00"), AT).bill().voided("wrong", AT))
                .isInstanceOf(IllegalStateException.class);
        Bill voided = bill().voided("wrong area", AT);
        assertThat(voided.status()).isEqualTo(BillStatus.VOIDED);
        assertThatThrownBy(() -> voided.apply("p1", Money.yuan("1.00"), AT)).isInstanceOf(BillVoidedException.class);
    }

    @Test
    void billIdsAreDerivedFromAccountAndPeriodOrFromTheRequest() {
        assertThat(BillIds.periodic("fa-u1", DECEMBER)).isEqualTo(BillIds.periodic("fa-u1", DECEMBER))
                .isNotEqualTo(BillIds.periodic("fa-u2", DECEMBER))
                .isNotEqualTo(BillIds.periodic("fa-u1", new BillPeriod(DECEMBER.from(), LocalDate.parse("2027-02-28"))));
        // a run writes its bills in the order of its units' ids: the period's ids sort the same way
        assertThat(BillIds.periodic("fa-0a", DECEMBER)).isLessThan(BillIds.periodic("fa-0b", DECEMBER));
        assertThat(BillIds.legacyPeriodic("fa-u1", DECEMBER)).isNotEqualTo(BillIds.periodic("fa-u1", DECEMBER))
                .matches("[0-9a-f-]{36}");
        RequestedBy moveIn = new RequestedBy(RequestedBy.MOVE_IN, "case-1");
        assertThat(BillIds.requested(moveIn)).isEqualTo(BillIds.requested(new RequestedBy("move-in", "case-1")))
                .isNotEqualTo(BillIds.requested(new RequestedBy("move-in", "case-2")))
                .matches("[0-9a-f-]{36}");
    }
}
