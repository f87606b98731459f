package com.estate.billing.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.estate.platform.money.Money;
import com.estate.platform.problem.BusinessRuleException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    private static Payment online() {
        return Payment.online("p1", "c-1", "u-1", "fa-u-1", Money.yuan("256.80"), PaymentChannel.WECHAT_PAY,
                List.of(), "simulated", "r-1", NOW);
    }

    @Test
    void moneyInHandIsConfirmedAtOnceAndAHomeCollectionIsItsOwnChannel() {
        Payment desk = Payment.received("p1", "c-1", "u-1", "fa-u-1", Money.yuan("100.00"), PaymentChannel.CASH,
                null, "张三", List.of(), null, "staff-cs-agent", NOW, List.of("b-1"));
        assertThat(desk.status()).isEqualTo(PaymentStatus.CONFIRMED);
        assertThat(desk.method()).isEqualTo(PaymentMethod.DESK);
        assertThat(desk.eventChannel()).isEqualTo("CASH");

        Payment home = Payment.received("p2", "c-1", "u-1", "fa-u-1", Money.yuan("100.00"), PaymentChannel.CASH,
                null, "张三", List.of(), new HomeVisit(NOW, "李收费员"), "staff-finance", NOW, List.of());
        assertThat(home.method()).isEqualTo(PaymentMethod.HOME_COLLECTION);
        assertThat(home.eventChannel()).isEqualTo("HOME_COLLECTION");
    }

    @Test
    void everyChannelButCashNeedsItsReference() {
        assertThatThrownBy(() -> Payment.received("p1", "c-1", "u-1", "fa-u-1", Money.yuan("100.00"),
                PaymentChannel.CARD, " ", null, List.of(), null, "s", NOW, List.of()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("payment-reference-required"));
    }

    @Test
    void onlyWalletsArePaidOnline() {
        assertThatThrownBy(() -> Payment.online("p1", "c-1", "u-1", "fa-u-1", Money.yuan("1.00"),
                PaymentChannel.BANK_TRANSFER, List.of(), "simulated", "r", NOW))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("payment-channel-not-online"));
    }

    @Test
    void aFailureEndsOnlyAPendingPaymentAndALateSuccessStillConfirms() {
        Payment failed = online().ended(PaymentStatus.FAILED, "declined");
        assertThat(failed.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(failed.awaitsConfirmation()).isTrue();

        Payment confirmed = failed.confirmedByProvider("T1", NOW, List.of("b-1"));
        assertThat(confirmed.status()).isEqualTo(PaymentStatus.CONFIRMED);
        assertThat(confirmed.reference()).isEqualTo("T1");
        assertThat(confirmed.awaitsConfirmation()).isFalse();
        assertThat(confirmed.ended(PaymentStatus.FAILED, "stale")).isSameAs(confirmed);
    }

    @Test
    void nothingOrLessIsNoPayment() {
        assertThatThrownBy(() -> Payment.received("p1", "c-1", "u-1", "fa-u-1", Money.yuan("0.00"),
                PaymentChannel.CASH, null, null, List.of(), null, "s", NOW, List.of()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("payment-amount"));
    }
}
