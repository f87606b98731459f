package com.estate.workorder.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.workorder.dispatch.AutoDispatch.Candidate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutoDispatchTest {

    @Test
    void whoeverIsOnDutyGoesFirstEvenWithMoreWork() {
        var chosen = AutoDispatch.choose(List.of(new Candidate("t-a", 0, false), new Candidate("t-b", 3, true)));
        assertThat(chosen.orElseThrow().staffId()).isEqualTo("t-b");
    }

    @Test
    void thenTheSmallestLoadThenTheSmallerIdSoEveryReplicaChoosesAlike() {
        assertThat(AutoDispatch.choose(List.of(new Candidate("t-a", 2, false), new Candidate("t-b", 1, false)))
                .orElseThrow().staffId()).isEqualTo("t-b");
        assertThat(AutoDispatch.choose(List.of(new Candidate("t-b", 1, true), new Candidate("t-a", 1, true)))
                .orElseThrow().staffId()).isEqualTo("t-a");
        assertThat(AutoDispatch.choose(List.of())).isEmpty();
    }
}
