package com.estate.resident.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.estate.resident.unit.domain.UnitStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustodyTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    private static MeterReadings readings(String water, String electricity) {
        return new MeterReadings(new BigDecimal(water), new BigDecimal(electricity));
    }

    private static Custody started() {
        return Custody.start("c-1", "community", SHANGHAI, "unit", "owner", "agreement", TODAY.minusDays(10), TODAY,
                readings("100", "2000"), UnitStatus.OCCUPIED, "agent", NOW);
    }

    @Test
    void aReadingIsCheckedAgainstTheStartNotTheLastReading() {
        Custody custody = started()
                .read("r-1", TODAY.minusDays(5), TODAY, readings("103", "2010"), CustodyThresholds.DEFAULT, "t", NOW)
                .read("r-2", TODAY, TODAY, readings("105.1", "2015"), CustodyThresholds.DEFAULT, "t", NOW);

        assertThat(custody.readings()).extracting(CustodyReading::isAnomaly).containsExactly(false, true);
        assertThat(custody.readings().getLast().exceeded()).singleElement()
                .satisfies(e -> assertThat(e.increase()).isEqualByComparingTo("5.1"));
        assertThat(custody.readings().getLast().thresholds()).isEqualTo(CustodyThresholds.DEFAULT);
    }

    @Test
    void aReadingMayNotGoBackNorBeDatedOutsideTheCustody() {
        Custody custody = started().read("r-1", TODAY, TODAY, readings("101", "2001"), CustodyThresholds.DEFAULT, "t",
                NOW);

        assertThatThrownBy(() -> custody.read("r-2", TODAY, TODAY, readings("100.9", "2002"),
                CustodyThresholds.DEFAULT, "t", NOW))
                .isInstanceOfSatisfying(CustodyRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("custody-reading-decreased"));
        assertThatThrownBy(() -> custody.read("r-2", TODAY.plusDays(1), TODAY, readings("102", "2002"),
                CustodyThresholds.DEFAULT, "t", NOW))
                .isInstanceOfSatisfying(CustodyRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("custody-day-out-of-range"));
        assertThatThrownBy(() -> custody.read("r-2", TODAY.minusDays(11), TODAY, readings("102", "2002"),
                CustodyThresholds.DEFAULT, "t", NOW))
                .isInstanceOfSatisfying(CustodyRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("custody-day-out-of-range"));
    }

    @Test
    void custodyCannotStartInTheFuture() {
        assertThatThrownBy(() -> Custody.start("c", "community", SHANGHAI, "unit", "owner", "a", TODAY.plusDays(1),
                TODAY, readings("1", "1"), UnitStatus.VACANT, "agent", NOW))
                .isInstanceOfSatisfying(CustodyRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("custody-day-in-future"));
    }

    @Test
    void aPatrolRequestIsAddedOnceAndAnsweredOnce() {
        Custody custody = started();
        PatrolRequest weekly = PatrolRequests.weekly(custody, NOW);
        Custody requested = custody.request(weekly).orElseThrow();

        assertThat(requested.request(PatrolRequests.weekly(requested, NOW.plus(Duration.ofHours(30))))).isEmpty();
        Patrol patrol = new Patrol("p-1", weekly.id(), TODAY, "门窗完好", false, List.of(), "t", NOW);
        Custody patrolled = requested.patrolled(patrol, TODAY);
        assertThat(patrolled.patrolRequests().getFirst().patrolId()).isEqualTo("p-1");
        assertThatThrownBy(() -> patrolled.patrolled(new Patrol("p-2", weekly.id(), TODAY, "再次", false, List.of(),
                "t", NOW), TODAY))
                .isInstanceOfSatisfying(CustodyRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("custody-patrol-request-answered"));
        assertThatThrownBy(() -> patrolled.patrolled(new Patrol("p-3", "nope", TODAY, "x", false, List.of(), "t",
                NOW), TODAY))
                .isInstanceOfSatisfying(CustodyRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("custody-patrol-request-unknown"));
    }

    @Test
    void aReportedPatrolIsRecordedOnceOnADayWithinTheCustodyAndAnswersItsRequestIfStillOpen() {
        PatrolRequest weekly = PatrolRequests.weekly(started(), NOW);
        Custody requested = started().request(weekly).orElseThrow();
        Patrol tomorrow = new Patrol("task-1", weekly.id(), TODAY.plusDays(1), "门窗完好", false, List.of(), "t", NOW);

        Custody reported = requested.reported(tomorrow, TODAY).orElseThrow();
        assertThat(reported.patrols()).singleElement().satisfies(p -> assertThat(p.patrolledOn()).isEqualTo(TODAY));
        assertThat(reported.patrolRequests().getFirst().patrolId()).isEqualTo("task-1");
        assertThat(reported.reported(tomorrow, TODAY)).as("the same patrol again").isEmpty();

        Patrol second = new Patrol("task-2", weekly.id(), TODAY.minusYears(1), "再次", false, List.of(), "t", NOW);
        Custody both = reported.reported(second, TODAY).orElseThrow();
        assertThat(both.patrols().getLast().requestId()).as("answered by task-1 already").isNull();
        assertThat(both.patrols().getLast().patrolledOn()).isEqualTo(TODAY.minusDays(10));
        assertThat(both.patrolRequests().getFirst().patrolId()).isEqualTo("task-1");
        assertThat(requested.end(TODAY, TODAY).reported(tomorrow, TODAY)).as("custody ended").isEmpty();
    }

    @Test
    void anEndedCustodyTakesNothingMore() {
        Custody ended = started().end(TODAY, TODAY);

        assertThat(ended.status()).isEqualTo(CustodyStatus.ENDED);
        assertThat(ended.endedOn()).isEqualTo(TODAY);
        assertThatThrownBy(() -> ended.end(TODAY, TODAY)).isInstanceOf(CustodyEndedException.class);
        assertThatThrownBy(() -> ended.read("r", TODAY, TODAY, readings("100", "2000"), CustodyThresholds.DEFAULT,
                "t", NOW)).isInstanceOf(CustodyEndedException.class);
        assertThatThrownBy(() -> ended.request(PatrolRequests.weekly(ended, NOW)))
                .isInstanceOf(CustodyEndedException.class);
        assertThatThrownBy(() -> started().end(TODAY.minusDays(11), TODAY))
                .isInstanceOf(CustodyRefusedException.class);
    }
}
