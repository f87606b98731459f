package com.estate.resident.unit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UnitTest {

    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

    @Test
    void registeringAUnitRaisesTheEventWithTheNormalisedUnit() {
        var registration = Unit.register("u-1", "c-1", " 3 ", " 3-1201 ", new BigDecimal("89.5"), NOW);
        assertThat(registration.unit().building()).isEqualTo("3");
        assertThat(registration.unit().unitNumber()).isEqualTo("3-1201");
        assertThat(registration.unit().floorArea().toPlainString()).isEqualTo("89.50");
        assertThat(registration.event().unit()).isEqualTo(registration.unit());
    }

    @Test
    void fullWidthBuildingsAndNumbersAreStoredHalfWidth() {
        Unit unit = Unit.register("u-1", "c-1", "\u3000３号楼", "３－１２０１", BigDecimal.TEN, NOW).unit();
        assertThat(unit.building()).isEqualTo("3号楼");
        assertThat(unit.unitNumber()).isEqualTo("3-1201");
    }

    @Test
    void refusesBlankNamesAndImpossibleAreas() {
        assertThatThrownBy(() -> Unit.register("u", "c", " ", "1", BigDecimal.TEN, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Unit.register("u", "c", "1", "\u3000", BigDecimal.TEN, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Unit.register("u", "c", "1", "1", BigDecimal.ZERO, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Unit.register("u", "c", "1", "1", new BigDecimal("10.005"), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Unit.register("u", "c", "1", "1", new BigDecimal("100000.01"), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCorrectedFloorAreaKeepsTheUnitAndFollowsTheSameRule() {
        Unit unit = Unit.register("u-1", "c-1", "3", "3-1201", new BigDecimal("89.50"), NOW).unit();
        Unit corrected = unit.withFloorArea(new BigDecimal("91.2"));
        assertThat(corrected.floorArea().toPlainString()).isEqualTo("91.20");
        assertThat(corrected).isEqualTo(new Unit("u-1", "c-1", "3", "3-1201", new BigDecimal("91.20"), UnitStatus.VACANT, NOW));
        assertThatThrownBy(() -> unit.withFloorArea(new BigDecimal("0.00")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> unit.withFloorArea(new BigDecimal("1.005")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCorrectionTellsTheSuiteOnlyWhenTheAreaChanges() {
        Unit unit = Unit.register("u-1", "c-1", "3", "3-1201", new BigDecimal("89.50"), NOW).unit();
        Instant later = NOW.plusSeconds(60);

        var correction = unit.correctFloorArea(new BigDecimal("91.2"), later);
        assertThat(correction.unit().floorArea().toPlainString()).isEqualTo("91.20");
        assertThat(correction.event()).contains(new UnitUpdated(correction.unit(), java.util.List.of("floorArea"),
                later));

        assertThat(unit.correctFloorArea(new BigDecimal("89.5"), later).event()).isEmpty();
    }

    @Test
    void aStatusChangeTellsTheSuiteOnlyWhenTheStatusMoves() {
        Unit unit = Unit.register("u-1", "c-1", "3", "3-1201", new BigDecimal("89.50"), NOW).unit();
        assertThat(unit.status()).isEqualTo(UnitStatus.VACANT);

        var occupied = unit.changeStatus(UnitStatus.OCCUPIED, NOW.plusSeconds(5));
        assertThat(occupied.unit().status()).isEqualTo(UnitStatus.OCCUPIED);
        assertThat(occupied.event()).hasValueSatisfying(event -> {
            assertThat(event.changedFields()).containsExactly("status");
            assertThat(event.updatedAt()).isEqualTo(NOW.plusSeconds(5));
        });
        assertThat(occupied.unit().changeStatus(UnitStatus.OCCUPIED, NOW).event()).isEmpty();
    }
}
