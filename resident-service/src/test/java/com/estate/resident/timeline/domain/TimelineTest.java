package com.estate.resident.timeline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The timeline's rules: one entry per record, the newest state wins, newest first with a stable order. */
class TimelineTest {

    private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");

    static TimelineEntry order(String id, String status, long revision, Instant time) {
        return new TimelineEntry("workorder:" + id, TimelineKind.WORK_ORDER, time, "timeline.work-order",
                Map.of("category", "plumbing"), status, "/api/work-orders/" + id, revision);
    }

    static List<String> ids(List<TimelineEntry> entries) {
        return entries.stream().map(TimelineEntry::id).toList();
    }

    @Test
    void aNewerRevisionReplacesTheEntryAndMovesItToItsTime() {
        Timeline timeline = new Timeline(List.of());
        assertThat(timeline.upsert(order("1", "OPEN", 1, T0), 100)).isTrue();
        assertThat(timeline.upsert(order("2", "OPEN", 1, T0.plusSeconds(60)), 100)).isTrue();

        assertThat(timeline.upsert(order("1", "COMPLETED", 3, T0.plusSeconds(120)), 100)).isTrue();

        assertThat(ids(timeline.entries())).containsExactly("workorder:1", "workorder:2");
        assertThat(timeline.entries().getFirst().status()).isEqualTo("COMPLETED");
        assertThat(timeline.entries().getFirst().revision()).isEqualTo(3);
    }

    @Test
    void anOlderOrEqualRevisionArrivingLateChangesNothing() {
        Timeline timeline = new Timeline(List.of());
        timeline.upsert(order("1", "COMPLETED", 3, T0.plusSeconds(120)), 100);

        assertThat(timeline.upsert(order("1", "ASSIGNED", 2, T0.plusSeconds(60)), 100)).isFalse();
        assertThat(timeline.upsert(order("1", "COMPLETED", 3, T0.plusSeconds(120)), 100)).isFalse();

        assertThat(timeline.entries()).containsExactly(order("1", "COMPLETED", 3, T0.plusSeconds(120)));
    }

    @Test
    void aLateOlderStateOnlyAddsTheParametersTheNewerOneLacks() {
        TimelineEntry paid = new TimelineEntry("bill:b1", TimelineKind.BILL, T0.plusSeconds(3600), "timeline.bill",
                Map.of("total", "320.00"), "PAID", "/api/billing/bills/b1", 2);
        TimelineEntry issued = new TimelineEntry("bill:b1", TimelineKind.BILL, T0, "timeline.bill",
                Map.of("total", "999.99", "dueDate", "2026-11-30"), "ISSUED", "/api/billing/bills/b1", 1);
        Timeline timeline = new Timeline(List.of(paid));

        assertThat(timeline.upsert(issued, 100)).isTrue();

        TimelineEntry entry = timeline.entries().getFirst();
        assertThat(entry.status()).isEqualTo("PAID");
        assertThat(entry.time()).isEqualTo(paid.time());
        assertThat(entry.params()).containsExactlyInAnyOrderEntriesOf(Map.of("total", "320.00",
                "dueDate", "2026-11-30"));
        assertThat(timeline.upsert(issued, 100)).as("the same late event again").isFalse();
    }

    @Test
    void equalTimesAreOrderedByIdSoPagesNeverOverlap() {
        List<TimelineEntry> entries = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            entries.add(order("o" + i, "OPEN", 1, T0));
        }
        entries.add(order("later", "OPEN", 1, T0.plusSeconds(1)));
        Timeline shuffled = new Timeline(List.of(entries.get(3), entries.get(7), entries.get(0), entries.get(6),
                entries.get(1), entries.get(5), entries.get(2), entries.get(4)));

        assertThat(ids(shuffled.entries())).containsExactly("workorder:later", "workorder:o6", "workorder:o5",
                "workorder:o4", "workorder:o3", "workorder:o2", "workorder:o1", "workorder:o0");
    }

    @Test
    void theOldestEntriesFallOffBeyondTheLimit() {
        Timeline timeline = new Timeline(List.of());
        for (int i = 0; i < 5; i++) {
            timeline.upsert(order("o" + i, "OPEN", 1, T0.plusSeconds(i)), 3);
        }
        assertThat(ids(timeline.entries())).containsExactly("workorder:o4", "workorder:o3", "workorder:o2");
    }

    @Test
    void aKindFilterKeepsTheOrder() {
        TimelineEntry bill = new TimelineEntry("bill:b1", TimelineKind.BILL, T0.plusSeconds(5), "timeline.bill",
                Map.of(), "ISSUED", "/api/billing/bills/b1", 1);
        Timeline timeline = new Timeline(List.of(order("1", "OPEN", 1, T0), bill, order("2", "OPEN", 1,
                T0.plusSeconds(9))));

        assertThat(ids(timeline.ofKinds(Set.of(TimelineKind.WORK_ORDER)))).containsExactly("workorder:2",
                "workorder:1");
        assertThat(ids(timeline.ofKinds(EnumSet.noneOf(TimelineKind.class)))).hasSize(3);
        assertThat(timeline.ofKinds(Set.of(TimelineKind.PAYMENT))).isEmpty();
    }

    @Test
    void anEntryIsOnlyEverUpdatedByTheSameRecord() {
        assertThatThrownBy(() -> order("1", "OPEN", 1, T0).updatedWith(order("2", "OPEN", 2, T0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void titlesAreRenderedInBothLanguagesWithoutPlaceholdersForMissingParameters() {
        TimelineTitles titles = new TimelineTitles();

        assertThat(titles.render("timeline.payment", Map.of("amount", "320.00", "channel", "WECHAT_PAY")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("zh-CN", "缴费 ¥320.00（WECHAT_PAY）",
                        "en", "Payment of CNY 320.00 (WECHAT_PAY)"));
        assertThat(titles.render("timeline.work-order", Map.of()).get("en")).isEqualTo("Work order:");
        assertThat(titles.render("timeline.activity-signup", Map.of("activityTitle", "{summary} $1 \\")).get("en"))
                .as("a value is never read as a placeholder or a group reference")
                .isEqualTo("Activity sign-up: {summary} $1 \\");
        assertThat(titles.render("timeline.unknown", Map.of()).get("zh-CN")).isEqualTo("timeline.unknown");
    }
}
