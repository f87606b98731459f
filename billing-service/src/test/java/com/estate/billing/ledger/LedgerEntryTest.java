package com.estate.billing.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.estate.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LedgerEntryTest {

    static final Instant AT = Instant.parse("2026-12-01T00:00:00Z");

    static LedgerEntry entry(LedgerEntryKind kind, String amount, String sourceId) {
        return LedgerEntry.of("fa-u1", "u1", "c1", kind, Money.yuan(amount), new LedgerSource("bill", sourceId),
                "test", AT);
    }

    @Test
    void theIdIsDerivedFromKindAndSourceSoTheSameSourceIsTheSameEntry() {
        assertThat(entry(LedgerEntryKind.CHARGE, "10.00", "b1").id()).isEqualTo("CHARGE/bill/b1")
                .isEqualTo(entry(LedgerEntryKind.CHARGE, "10.00", "b1").id());
        assertThat(entry(LedgerEntryKind.PAYMENT, "10.00", "b1").id()).isEqualTo("PAYMENT/bill/b1");
        assertThat(entry(LedgerEntryKind.CHARGE, "10.00", "b1").reversal(new LedgerSource("refund", "r1"), "x", AT)
                .id()).isEqualTo("REVERSAL/CHARGE/bill/b1");
    }

    @Test
    void chargesAndRefundsAddToWhatIsOwedPaymentsSubtractAndAReversalUndoesItsEntry() {
        assertThat(entry(LedgerEntryKind.CHARGE, "10.00", "b1").balanceEffect()).isEqualTo(Money.yuan("10.00"));
        assertThat(entry(LedgerEntryKind.REFUND, "3.00", "b1").balanceEffect()).isEqualTo(Money.yuan("3.00"));
        LedgerEntry payment = entry(LedgerEntryKind.PAYMENT, "7.50", "p1");
        assertThat(payment.balanceEffect()).isEqualTo(Money.yuan("-7.50"));
        LedgerEntry reversal = payment.reversal(new LedgerSource("payment-reversal", "p1"), "bounced", AT);
        assertThat(reversal.balanceEffect()).isEqualTo(Money.yuan("7.50"));
        assertThat(reversal.reverses()).isEqualTo(payment.id());
        assertThatThrownBy(() -> reversal.reversal(new LedgerSource("x", "y"), "again", AT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEntryIsPositiveAndItsSourceHasNoSlash() {
        assertThatThrownBy(() -> entry(LedgerEntryKind.CHARGE, "0.00", "b1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> entry(LedgerEntryKind.CHARGE, "-1.00", "b1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LedgerSource("bill", "a/b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundsHalfUpToTheFenOnce() {
        assertThat(Fen.round(new BigDecimal("0.005"))).isEqualTo(Money.yuan("0.01"));
        assertThat(Fen.round(new BigDecimal("0.0049999"))).isEqualTo(Money.yuan("0.00"));
        assertThat(Fen.round(new BigDecimal("-0.005"))).isEqualTo(Money.yuan("-0.01"));
        assertThat(Fen.round(new BigDecimal("223.745"))).isEqualTo(Money.yuan("223.75"));
        // 89.50 m² × 2.50 × 17/31 days: exact 122.701..., not 122.70 from rounding the daily rate first
        BigDecimal exact = new BigDecimal("89.50").multiply(new BigDecimal("2.50")).multiply(new BigDecimal("17"))
                .divide(new BigDecimal("31"), Fen.EXACT);
        assertThat(Fen.round(exact)).isEqualTo(Money.yuan("122.70"));
    }
}
