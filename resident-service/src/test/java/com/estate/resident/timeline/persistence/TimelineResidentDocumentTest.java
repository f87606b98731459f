package com.estate.resident.timeline.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a resident lives, for notifications addressed to them: moves apply in the resident's own order. */
class TimelineResidentDocumentTest {

    @Test
    void aMoveOutAppliesAfterTheRegistrationAndAnOlderEventReplayedLateChangesNothing() {
        TimelineResidentDocument resident = TimelineResidentDocument.of("r-1", "c-1");
        resident.apply(1, List.of("u-1", "u-2"), List.of());
        resident.apply(2, List.of(), List.of("u-1"));
        assertThat(resident.getUnitIds()).containsExactly("u-2");

        resident.apply(1, List.of("u-1", "u-2"), List.of());
        assertThat(resident.getUnitIds()).as("the registration replayed").containsExactly("u-2");
    }

    @Test
    void eventsWithoutAVersionApplyInTheOrderTheyArrive() {
        TimelineResidentDocument resident = TimelineResidentDocument.of("r-2", "c-1");
        resident.apply(0, List.of("u-1"), List.of());
        resident.apply(0, List.of(), List.of("u-1"));
        assertThat(resident.getUnitIds()).isEmpty();
    }
}
