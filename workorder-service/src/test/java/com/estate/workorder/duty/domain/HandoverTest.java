package com.estate.workorder.duty.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.estate.platform.problem.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandoverTest {

    private static final Instant MORNING = Instant.parse("2026-03-11T00:20:00Z");
    private final Handover handover = Handover.open("h1", "c1", new ShiftRef(LocalDate.of(2026, 3, 10), ShiftKind.NIGHT),
            new ShiftRef(LocalDate.of(2026, 3, 11), ShiftKind.DAY), "tech", "agent", List.of("e1", "e2"),
            List.of(new Handover.OpenMatter(Handover.MatterKind.REPAIR, "3-201 漏水 明早维修", null),
                    new Handover.OpenMatter(Handover.MatterKind.MAJOR_EVENT, "停电 02:00-03:00", null),
                    new Handover.OpenMatter(Handover.MatterKind.REPAIR, "电梯异响", null)),
            List.of(new Handover.Tool("对讲机", "agent", null)), MORNING);

    @Test
    void itCannotBeAcceptedWhileAnEntryIsOpen() {
        assertThatThrownBy(() -> handover.accept(List.of("e2"), MORNING))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("handover-unresolved");
                    assertThat(e.args()).containsExactly(1, "e2");
                });
    }

    @Test
    void theOutgoingPersonIsNotReleasedBeforeTheIncomingOneAccepts() {
        assertThatThrownBy(() -> handover.release(MORNING)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo("handover-not-accepted"));
        Handover accepted = handover.accept(List.of(), MORNING);
        assertThat(accepted.status()).isEqualTo(Handover.Status.ACCEPTED);
        Handover released = accepted.release(MORNING.plusSeconds(60));
        assertThat(released.status()).isEqualTo(Handover.Status.RELEASED);
        assertThat(released.releasedAt()).isEqualTo(MORNING.plusSeconds(60));
        assertThat(released.release(MORNING.plusSeconds(120))).isEqualTo(released);
    }

    @Test
    void anAcceptedHandoverIsNeitherAcceptedAgainNorRewritten() {
        Handover accepted = handover.accept(List.of(), MORNING);
        assertThatThrownBy(() -> accepted.accept(List.of(), MORNING)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo("handover-state"));
        assertThatThrownBy(() -> accepted.rewrite(List.of(), List.of()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("handover-state"));
    }

    @Test
    void openMattersAreCountedByKind() {
        assertThat(handover.matterCounts()).containsExactly(
                java.util.Map.entry(Handover.MatterKind.REPAIR, 2), java.util.Map.entry(Handover.MatterKind.MAJOR_EVENT, 1));
    }
}
