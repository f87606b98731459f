package com.estate.workorder.returnvisit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.estate.platform.problem.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReturnVisitTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant MONDAY_10 = Instant.parse("2026-07-06T02:00:00Z");
    private final ReturnVisitDeadlines deadlines = ReturnVisitDeadlines.standard();

    private ReturnVisit visitOf(String category) {
        return ReturnVisit.of("v1", "o1", "c1", "u1", category, SHANGHAI, deadlines);
    }

    @Test
    void anOrdinaryRepairIsDueFromItsCompletion() {
        ReturnVisit waiting = visitOf("plumbing");
        assertThat(waiting.status()).isEqualTo(ReturnVisitStatus.WAITING);
        ReturnVisit due = waiting.completed(MONDAY_10, 5, deadlines);
        assertThat(due.status()).isEqualTo(ReturnVisitStatus.DUE);
        assertThat(due.dueBy()).isEqualTo(Instant.parse("2026-07-08T16:00:00Z"));
        assertThat(due.becameDue(waiting)).isTrue();
    }

    @Test
    void aLeakWaitsForItsLeakTestAndTheLeakTestsDayStartsTheClock() {
        ReturnVisit completed = visitOf("leak").completed(MONDAY_10, 5, deadlines);
        assertThat(completed.status()).isEqualTo(ReturnVisitStatus.WAITING);
        assertThat(completed.dueBy()).isNull();
        ReturnVisit tested = completed.leakTested(LocalDate.parse("2026-07-08"), 6, deadlines);
        assertThat(tested.dueBy()).isEqualTo(Instant.parse("2026-07-11T16:00:00Z"));
        assertThat(tested.becameDue(completed)).isTrue();
        // a corrected date (a newer order revision) moves the clock, even back; an older event does not
        ReturnVisit corrected = tested.leakTested(LocalDate.parse("2026-07-07"), 8, deadlines);
        assertThat(corrected.dueBy()).isEqualTo(Instant.parse("2026-07-10T16:00:00Z"));
        assertThat(corrected.leakTested(LocalDate.parse("2026-07-09"), 7, deadlines)).isEqualTo(corrected);
    }

    @Test
    void aLeakTestBeforeTheCompletionStepCountsFromTheCompletion() {
        ReturnVisit tested = visitOf("leak").leakTested(LocalDate.parse("2026-07-06"), 2, deadlines);
        assertThat(tested.status()).isEqualTo(ReturnVisitStatus.WAITING);
        ReturnVisit completed = tested.completed(Instant.parse("2026-07-07T02:00:00Z"), 3, deadlines);
        assertThat(completed.dueBy()).isEqualTo(Instant.parse("2026-07-10T16:00:00Z"));
        assertThat(completed.clockStartedOn()).isEqualTo(LocalDate.parse("2026-07-07"));
    }

    @Test
    void aLeakTestAfterTheVisitWasMadeChangesNothing() {
        ReturnVisit due = visitOf("leak").completed(MONDAY_10, 1, deadlines)
                .leakTested(LocalDate.parse("2026-07-06"), 2, deadlines);
        ReturnVisit made = due.made(VisitChannel.PHONE, true, 5, "", "agent", MONDAY_10);
        assertThat(made.leakTested(LocalDate.parse("2026-07-09"), 3, deadlines)).isEqualTo(made);
    }

    @Test
    void olderOrderEventsAndLaterCompletionsDoNotMoveTheVisit() {
        ReturnVisit due = visitOf("plumbing").completed(MONDAY_10, 5, deadlines);
        assertThat(due.completed(MONDAY_10.plusSeconds(86_400 * 3), 9, deadlines).dueBy()).isEqualTo(due.dueBy());
        assertThat(due.completed(MONDAY_10, 4, deadlines)).isEqualTo(due);
    }

    @Test
    void overdueIsFlaggedOnceAtTheDueInstant() {
        ReturnVisit due = visitOf("safety-facility").completed(MONDAY_10, 1, deadlines);
        Instant dueBy = due.dueBy();
        assertThat(due.flaggedOverdue(dueBy.minusMillis(1))).isEqualTo(due);
        ReturnVisit overdue = due.flaggedOverdue(dueBy);
        assertThat(overdue.isOverdue()).isTrue();
        assertThat(overdue.flaggedOverdue(dueBy.plusSeconds(60)).overdueAt()).isEqualTo(dueBy);
        assertThat(visitOf("plumbing").flaggedOverdue(dueBy.plusSeconds(999_999)).isOverdue()).isFalse();
    }

    @Test
    void aVisitIsMadeOnceAndOnlyWhenDue() {
        assertThatThrownBy(() -> visitOf("leak").completed(MONDAY_10, 1, deadlines)
                .made(VisitChannel.PHONE, true, 5, "", "agent", MONDAY_10))
                .isInstanceOf(ConflictException.class).extracting("code").isEqualTo("return-visit-not-due");
        ReturnVisit due = visitOf("plumbing").completed(MONDAY_10, 1, deadlines);
        ReturnVisit made = due.made(VisitChannel.IN_PERSON, false, 2, "还在滴水", "agent", due.dueBy().minusMillis(1));
        assertThat(made.status()).isEqualTo(ReturnVisitStatus.DONE);
        assertThat(made.outcome().onTime()).isTrue();
        assertThat(due.made(VisitChannel.PHONE, true, 4, "", "agent", due.dueBy()).outcome().onTime()).isFalse();
        assertThatThrownBy(() -> made.made(VisitChannel.PHONE, true, 5, "", "agent", MONDAY_10))
                .isInstanceOf(ConflictException.class).extracting("code").isEqualTo("return-visit-made");
        assertThat(made.flaggedOverdue(due.dueBy().plusSeconds(1))).isEqualTo(made);
    }

    @Test
    void aRatingIsOneToFive() {
        ReturnVisit due = visitOf("plumbing").completed(MONDAY_10, 1, deadlines);
        assertThatThrownBy(() -> due.made(VisitChannel.PHONE, true, 6, "", "agent", MONDAY_10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
