package com.estate.workorder.patrol.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.estate.platform.problem.ProblemException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatrolTaskTest {

    private static final Instant AT = Instant.parse("2026-07-06T02:00:00Z");
    private final PatrolTask task = PatrolTask.scheduled("p1", "c1", PatrolKind.CUSTODY_WEEKLY, "u1", null, "r1",
            null, AT.plusSeconds(86_400), List.of(new ChecklistItem("doors", "门窗"), new ChecklistItem("leak", "渗漏")),
            "system", AT);

    private PatrolResult result(List<CheckResult> checks, List<FoundProblem> problems) {
        return new PatrolResult(checks, "", problems, List.of(), List.of(), "tech", AT);
    }

    @Test
    void everyPointIsAnsweredOnceAndAFaultSaysWhat() {
        assertThatThrownBy(() -> task.recorded(result(List.of(new CheckResult("doors", true, null)), List.of())))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.code()).isEqualTo("patrol-checklist-incomplete"));
        assertThatThrownBy(() -> task.recorded(result(List.of(new CheckResult("doors", true, null),
                new CheckResult("doors", true, null)), List.of()))).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> task.recorded(result(List.of(new CheckResult("doors", true, null),
                new CheckResult("leak", false, " ")), List.of())))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo("patrol-check-note"));
    }

    @Test
    void aResultIsRecordedOnceAndProblemsAreSeen() {
        PatrolTask done = task.recorded(result(List.of(new CheckResult("doors", true, null),
                new CheckResult("leak", false, "阳台渗水")), List.of(new FoundProblem("leak", "阳台渗水", false))));
        assertThat(done.status()).isEqualTo(PatrolStatus.DONE);
        assertThat(done.result().problemsFound()).isTrue();
        assertThatThrownBy(() -> done.recorded(done.result())).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.status()).isEqualTo(409));
        assertThat(done.ended()).isEqualTo(done);
        assertThat(task.ended().status()).isEqualTo(PatrolStatus.ENDED);
    }

    @Test
    void aPatrolIsOfAUnitOrOfAnArea() {
        assertThatThrownBy(() -> PatrolTask.scheduled("p", "c", PatrolKind.PUBLIC_AREA, null, null, null, null, AT,
                List.of(), "s", AT)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PatrolKind.ofCustodyReason("AFTER_HEAVY_RAIN")).isEqualTo(PatrolKind.CUSTODY_AFTER_HEAVY_RAIN);
    }
}
