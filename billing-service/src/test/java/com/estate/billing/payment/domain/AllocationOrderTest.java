package com.estate.billing.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AllocationOrderTest {

    private static final List<String> OPEN = List.of("2026-09", "2026-10", "2026-11");

    @Test
    void withoutAChoiceEveryOpenBillOldestDueFirst() {
        assertThat(AllocationOrder.of(OPEN, List.of())).containsExactly("2026-09", "2026-10", "2026-11");
    }

    @Test
    void theChosenBillsOnlyInTheOrderTheyFallDue() {
        assertThat(AllocationOrder.of(OPEN, List.of("2026-11", "2026-09"))).containsExactly("2026-09", "2026-11");
        assertThat(AllocationOrder.of(OPEN, List.of("2026-10", "2026-10"))).containsExactly("2026-10");
    }

    @Test
    void aChosenBillThatIsNotOpenIsNamed() {
        assertThatThrownBy(() -> AllocationOrder.of(OPEN, List.of("2026-10", "paid-last-year")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("paid-last-year");
    }
}
