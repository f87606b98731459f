package com.estate.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.platform.core.idempotency.AppliedEvents;
import org.junit.jupiter.api.Test;

class AggregateDocumentTest {

    private static final class Sample extends AggregateDocument {
    }

    @Test
    void anEventIsAppliedOnlyOnce() {
        Sample document = new Sample();
        assertThat(document.markProcessed("e-1")).isTrue();
        assertThat(document.markProcessed("e-1")).isFalse();
        assertThat(document.hasProcessed("e-1")).isTrue();
        assertThat(document.markProcessed("e-2")).isTrue();
    }

    @Test
    void remembersTheMostRecentEventsOnly() {
        Sample document = new Sample();
        for (int i = 0; i <= AppliedEvents.REMEMBERED; i++) {
            document.markProcessed("e-" + i);
        }
        assertThat(document.hasProcessed("e-0")).isFalse();
        assertThat(document.hasProcessed("e-1")).isTrue();
        assertThat(document.hasProcessed("e-" + AppliedEvents.REMEMBERED)).isTrue();
    }
}
