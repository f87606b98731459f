package com.estate.billing.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.estate.billing.BillingTest;
import com.estate.platform.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The ledger on the real store: entries once, corrections by reversal, the balance from the entries. */
class LedgerTest extends BillingTest {

    @Autowired
    Ledger ledger;

    LedgerEntry entry(String account, LedgerEntryKind kind, String amount, String sourceKind, String sourceId) {
        return LedgerEntry.of(account, "u", communityId, kind, Money.yuan(amount),
                new LedgerSource(sourceKind, sourceId), "test", Instant.now());
    }

    @Test
    void postingASourceAgainChangesNothingAndTheBalanceIsTheSumOfTheEntries() {
        String account = "fa-" + UUID.randomUUID();
        assertThat(ledger.post(entry(account, LedgerEntryKind.CHARGE, "223.75", "bill", "b1"))).isTrue();
        assertThat(ledger.post(entry(account, LedgerEntryKind.CHARGE, "223.75", "bill", "b1"))).isFalse();
        ledger.post(entry(account, LedgerEntryKind.PAYMENT, "300.00", "payment", "p1"));
        ledger.post(entry(account, LedgerEntryKind.REFUND, "50.00", "refund", "r1"));
        assertThat(ledger.balanceOf(account)).isEqualTo(Money.yuan("-26.25"));
        assertThat(ledger.balanceOf("fa-nobody")).isEqualTo(Money.zero());
        assertThat(ledger.entriesOf(account, PageRequest.of(0, 10, Sort.by("_id"))).getTotalElements())
                .isEqualTo(3);
    }

    @Test
    void aDifferentMovementUnderAnIdBookedBeforeIsADefectNotARepost() {
        String account = "fa-" + UUID.randomUUID();
        ledger.post(entry(account, LedgerEntryKind.CHARGE, "10.00", "bill", "b2"));
        assertThatThrownBy(() -> ledger.post(entry(account, LedgerEntryKind.CHARGE, "11.00", "bill", "b2")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCorrectionIsAReversingEntryBookedOnce() {
        String account = "fa-" + UUID.randomUUID();
        LedgerEntry payment = entry(account, LedgerEntryKind.PAYMENT, "100.00", "payment", "p2");
        ledger.post(payment);
        assertThat(ledger.reverse(payment.id(), new LedgerSource("payment-reversal", "p2"), "bounced")).isTrue();
        assertThat(ledger.reverse(payment.id(), new LedgerSource("payment-reversal", "p2"), "bounced")).isFalse();
        assertThat(ledger.balanceOf(account)).isEqualTo(Money.zero());
        assertThat(ledger.find(payment.id())).as("the reversed entry is kept")
                .extracting(LedgerEntry::kind, LedgerEntry::amount).containsExactly(LedgerEntryKind.PAYMENT,
                        Money.yuan("100.00"));
        assertThat(ledger.find(LedgerEntry.reversalIdFor(payment.id())).reverses()).isEqualTo(payment.id());
        assertThatThrownBy(() -> ledger.reverse("PAYMENT/payment/none", new LedgerSource("x", "y"), "?"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBatchWrittenAgainBooksOnlyWhatIsMissing() {
        String account = "fa-" + UUID.randomUUID();
        ledger.post(entry(account, LedgerEntryKind.CHARGE, "1.00", "bill", "x1"));
        ledger.postAll(List.of(entry(account, LedgerEntryKind.CHARGE, "1.00", "bill", "x1"),
                entry(account, LedgerEntryKind.CHARGE, "2.00", "bill", "x2"),
                entry(account, LedgerEntryKind.CHARGE, "3.00", "bill", "x3")));
        ledger.postAll(List.of(entry(account, LedgerEntryKind.CHARGE, "3.00", "bill", "x3")));
        assertThat(ledger.balanceOf(account)).isEqualTo(Money.yuan("6.00"));
        assertThat(ledger.balancesOf(List.of(account, "fa-none"))).containsOnlyKeys(account);
    }
}
