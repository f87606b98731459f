package com.estate.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class DerivedIdsTest {

    @Test
    void theSameEventAndPurposeAlwaysNameTheSameRecord() {
        String eventId = "0b8f5e4c-2a0e-4c39-9d55-0d7a1c0e4e11";
        assertThat(DerivedIds.of("inbox-entry", eventId)).isEqualTo(DerivedIds.of("inbox-entry", eventId))
                // stable across releases: stored ids depend on it
                .isEqualTo(UUID.nameUUIDFromBytes(("inbox-entry:" + eventId).getBytes()).toString());
        assertThat(UUID.fromString(DerivedIds.of("inbox-entry", eventId)).version()).isEqualTo(3);
        assertThat(DerivedIds.of("work-order", eventId)).isNotEqualTo(DerivedIds.of("inbox-entry", eventId));
    }

    @Test
    void aPurposeCannotBeConfusedWithPartOfTheEventId() {
        // "a:b" + ":" + "c" would equal "a" + ":" + "b:c"
        assertThatThrownBy(() -> DerivedIds.of("a:b", "c")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DerivedIds.of(" ", "c")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DerivedIds.of("p", "")).isInstanceOf(IllegalArgumentException.class);
    }
}
