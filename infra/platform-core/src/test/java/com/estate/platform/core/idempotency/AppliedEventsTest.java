package com.estate.platform.core.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class AppliedEventsTest {

    @Test
    void anEventIsRecordedOnlyOnce() {
        List<String> applied = new ArrayList<>();

        assertThat(AppliedEvents.record(applied, "e-1")).isTrue();
        assertThat(AppliedEvents.record(applied, "e-1")).isFalse();
        assertThat(AppliedEvents.record(applied, "e-2")).isTrue();
        assertThat(applied).containsExactly("e-1", "e-2");
    }

    @Test
    void remembersTheMostRecentEventsOnly() {
        List<String> applied = new ArrayList<>();
        for (int i = 0; i <= AppliedEvents.REMEMBERED; i++) {
            AppliedEvents.record(applied, "e-" + i);
        }

        assertThat(applied).hasSize(AppliedEvents.REMEMBERED).doesNotContain("e-0")
                .startsWith("e-1").endsWith("e-" + AppliedEvents.REMEMBERED);
        // forgotten, so a very late redelivery of the oldest would count as new: the bound is the trade-off
        assertThat(AppliedEvents.record(applied, "e-0")).isTrue();
    }
}
