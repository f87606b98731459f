package com.estate.billing.receipt.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.estate.platform.money.Money;
import com.estate.platform.problem.BusinessRuleException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceiptTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    private static Receipt issued() {
        return new Receipt("rc-p1", "2026-000007", "c-1", "u-1", "fa-u-1", "p1", "张三", "CASH", null,
                List.of(new ReceiptLine("b-1", "物业管理费", Money.yuan("256.80")),
                        new ReceiptLine(null, "预收款", Money.yuan("43.20"))),
                Money.yuan("300.00"), NOW, NOW, "staff-finance", ReceiptStatus.ISSUED, null, null, null);
    }

    @Test
    void numbersAreTheYearAndASixDigitSequence() {
        assertThat(Receipt.number(2026, 42)).isEqualTo("2026-000042");
        assertThat(Receipt.number(2027, 1_234_567)).isEqualTo("2027-1234567");
        assertThat(Receipt.idFor("p1")).isEqualTo("rc-p1");
    }

    @Test
    void theLinesAddUpToTheTotal() {
        assertThatThrownBy(() -> new Receipt("rc-p1", "2026-000007", "c-1", "u-1", "fa-u-1", "p1", "张三", "CASH",
                null, List.of(new ReceiptLine("b-1", "物业管理费", Money.yuan("256.80"))), Money.yuan("300.00"), NOW,
                NOW, "staff-finance", ReceiptStatus.ISSUED, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aVoidIsAskedForThenApprovedBySomeoneElse() {
        Receipt asked = issued().requestVoid("缴款人写错", "staff-cs-agent", NOW);
        assertThat(asked.status()).isEqualTo(ReceiptStatus.VOID_REQUESTED);

        assertThatThrownBy(() -> asked.approveVoid("staff-cs-agent", NOW))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("approver-is-requester"));

        Receipt voided = asked.approveVoid("finance-2", NOW.plusSeconds(60));
        assertThat(voided.status()).isEqualTo(ReceiptStatus.VOIDED);
        assertThat(voided.number()).isEqualTo("2026-000007");
        assertThat(voided.voidedBy()).isEqualTo("finance-2");
        assertThat(voided.voidRequest().reason()).isEqualTo("缴款人写错");
    }

    @Test
    void onlyAnIssuedReceiptCanBeVoidedAndOnlyAnAskedVoidApproved() {
        assertThatThrownBy(() -> issued().approveVoid("finance-2", NOW))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("receipt-void-not-requested"));
        Receipt voided = issued().requestVoid("重复开具", "a", NOW).approveVoid("b", NOW);
        assertThatThrownBy(() -> voided.requestVoid("again", "a", NOW))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("receipt-not-voidable"));
        assertThat(issued().requestVoid("x", "a", NOW).rejectVoid().status()).isEqualTo(ReceiptStatus.ISSUED);
    }
}
