package com.estate.billing.reconciliation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.platform.money.Money;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplayTest {

    static Replay replayed() {
        Replay replay = new Replay();
        replay.accountOpened("e1", "fa-1", "c1");
        replay.accountOpened("e2", "fa-2", "c1");
        replay.chargeRequested("e3", "ch-waste", "1", "c1");
        replay.chargePosted("e4", "ch-waste", "fa-1", "c1");
        replay.billIssued("e5", "b-1", "fa-1", "c1", Money.yuan("350.00"), List.of("ch-waste"));
        replay.paymentReceived("e6", "p-1", "fa-1", "c1", Money.yuan("400.00"));
        replay.refundCompleted("e7", "r-1", "fa-1", "c1", Money.yuan("50.00"));
        replay.billIssued("e8", "b-2", "fa-2", "c1", Money.yuan("120.00"), List.of());
        return replay;
    }

    @Test
    void aConsistentHistoryHasNoFindings() {
        Replay replay = replayed();
        assertThat(replay.findings(Map.of("fa-1", Money.yuan("0.00"), "fa-2", Money.yuan("120.00")))).isEmpty();
        assertThat(replay.accounts()).containsExactly("fa-1", "fa-2");
        assertThat(replay.chargesExpected()).isEqualTo(1);
        assertThat(replay.eventsApplied()).isEqualTo(8);
    }

    @Test
    void aRedeliveredEventCountsOnceAndIsNoDuplicate() {
        Replay replay = replayed();
        replay.billIssued("e8", "b-2", "fa-2", "c1", Money.yuan("120.00"), List.of());
        replay.chargePosted("e4", "ch-waste", "fa-1", "c1");
        assertThat(replay.findings(Map.of("fa-1", Money.zero(), "fa-2", Money.yuan("120.00")))).isEmpty();
        assertThat(replay.eventsApplied()).isEqualTo(8);
    }

    @Test
    void findsMissingChargesDuplicatesAndBalanceMismatchesInAStableOrder() {
        Replay replay = replayed();
        replay.chargeRequested("e9", "ch-repair", "2", "c1");
        replay.chargePosted("e10", "ch-waste", "fa-1", "c1");
        replay.billIssued("e11", "b-2", "fa-2", "c1", Money.yuan("120.00"), List.of());
        replay.billIssued("e12", "b-3", "fa-2", "c1", Money.yuan("88.00"), List.of("ch-waste"));

        List<Finding> findings = replay.findings(Map.of("fa-1", Money.yuan("0.00"), "fa-2", Money.yuan("999.00")));
        assertThat(findings).containsExactly(
                new Finding(Finding.Kind.MISSING_CHARGE, "c1", null, "ch-repair", "1", "0", List.of("e9")),
                new Finding(Finding.Kind.DUPLICATE_CHARGE, "c1", "fa-1", "ch-waste", "1", "2", List.of("e4", "e10")),
                new Finding(Finding.Kind.DUPLICATE_CHARGE, "c1", "fa-1", "ch-waste", "1 bill", "2 bills",
                        List.of("e5", "e12")),
                new Finding(Finding.Kind.DUPLICATE_ANNOUNCEMENT, "c1", "fa-2", "b-2", "1", "2", List.of("e8", "e11")),
                new Finding(Finding.Kind.BALANCE_MISMATCH, "c1", "fa-2", "fa-2", "208.00", "999.00", List.of()));
        // the same replay gives the same report
        assertThat(ReportIdentity.of(replay.eventsApplied(), 2, 2, findings))
                .isEqualTo(ReportIdentity.of(replay.eventsApplied(), 2, 2, List.copyOf(findings)))
                .startsWith("rr-");
        assertThat(ReportIdentity.of(replay.eventsApplied(), 2, 2, findings.subList(0, 4)))
                .isNotEqualTo(ReportIdentity.of(replay.eventsApplied(), 2, 2, findings));
    }

    @Test
    void aVoidedBillIsNoLongerOwedAndAVoidAnnouncedTwiceIsADuplicate() {
        Replay replay = replayed();
        replay.billVoided("e9", "b-2", "fa-2", "c1", Money.yuan("120.00"));
        replay.billVoided("e9", "b-2", "fa-2", "c1", Money.yuan("120.00"));
        assertThat(replay.findings(Map.of("fa-1", Money.zero(), "fa-2", Money.zero()))).isEmpty();
        assertThat(replay.findings(Map.of("fa-1", Money.zero(), "fa-2", Money.yuan("120.00"))))
                .extracting(Finding::kind, Finding::expected, Finding::actual).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Finding.Kind.BALANCE_MISMATCH, "0.00", "120.00"));

        replay.billVoided("e10", "b-2", "fa-2", "c1", Money.yuan("120.00"));
        assertThat(replay.findings(Map.of("fa-1", Money.zero(), "fa-2", Money.zero())))
                .extracting(Finding::kind, Finding::subject, Finding::eventIds).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Finding.Kind.DUPLICATE_ANNOUNCEMENT, "b-2",
                                List.of("e9", "e10")));
    }

    @Test
    void anAccountTheLedgerDoesNotKnowOwesNothingThere() {
        Replay replay = new Replay();
        replay.billIssued("e1", "b-1", "fa-9", "c9", Money.yuan("10.00"), List.of());
        assertThat(replay.findings(Map.of())).extracting(Finding::kind, Finding::expected, Finding::actual)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Finding.Kind.BALANCE_MISMATCH, "10.00", "0.00"));
    }
}
