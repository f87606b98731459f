package com.estate.resident.unit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.estate.resident.building.domain.Building;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Entrance, floor, use, handover date and the statuses set by hand: the rules a unit keeps. */
class UnitDetailsTest {

    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");
    private static final LocalDate HANDOVER = LocalDate.of(2024, 5, 1);

    private static UnitSpec spec(String entrance, Integer floor, UnitStatus status) {
        return new UnitSpec("3", "3-1201", entrance, floor, new BigDecimal("89.50"), UnitUse.COMMERCIAL, HANDOVER,
                status);
    }

    @Test
    void aUnitIsVacantAndResidentialUnlessStated() {
        Unit unit = Unit.register("u", "c", UnitSpec.basic("3", "1", BigDecimal.TEN), NOW).unit();
        assertThat(unit.status()).isEqualTo(UnitStatus.VACANT);
        assertThat(unit.use()).isEqualTo(UnitUse.RESIDENTIAL);
        assertThat(unit.entrance()).isNull();

        Unit unsold = Unit.register("u", "c", spec("１", 12, UnitStatus.UNSOLD), NOW).unit();
        assertThat(unsold.status()).isEqualTo(UnitStatus.UNSOLD);
        assertThat(unsold.entrance()).isEqualTo("1");
        assertThat(unsold.floor()).isEqualTo(12);
        assertThat(unsold.use()).isEqualTo(UnitUse.COMMERCIAL);
        assertThat(unsold.handoverDate()).isEqualTo(HANDOVER);
    }

    @Test
    void noUnitIsRegisteredWithAStatusThatAProcessSets() {
        for (UnitStatus managed : new UnitStatus[] {UnitStatus.OCCUPIED, UnitStatus.IN_CUSTODY,
                UnitStatus.UNDER_RENOVATION}) {
            assertThatThrownBy(() -> Unit.register("u", "c", spec(null, null, managed), NOW))
                    .isInstanceOf(UnitStatusManagedException.class);
        }
        assertThatThrownBy(() -> Unit.register("u", "c", spec(null, 0, null), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aUnitMustFitTheEntrancesAndFloorsOfItsRegisteredBuilding() {
        Building building = Building.register("b", "c", "3", null, 2, 18, 1, NOW);
        assertThat(spec("2", -1, null).violationsIn(building)).isEmpty();
        assertThat(spec("3", 19, null).violationsIn(building))
                .containsExactly(UnitSpec.Violation.ENTRANCE, UnitSpec.Violation.FLOOR);
        assertThatThrownBy(() -> spec("1", -2, null).requireFitsIn(building))
                .isInstanceOf(UnitPlacementException.class)
                .extracting(e -> ((UnitPlacementException) e).code()).isEqualTo("unit-floor-out-of-range");
        assertThat(spec(null, null, null).violationsIn(building)).isEmpty();
    }

    @Test
    void aCorrectionNamesEveryFieldItChanged() {
        Unit unit = Unit.register("u", "c", spec("1", 12, UnitStatus.UNSOLD), NOW).unit();
        var correction = unit.correct(new UnitCorrection(new BigDecimal("90.00"), UnitUse.STORAGE,
                LocalDate.of(2024, 6, 1), UnitStatus.VACANT), NOW);
        assertThat(correction.event()).isPresent();
        assertThat(correction.event().get().changedFields())
                .containsExactly("floorArea", "use", "handoverDate", "status");
        assertThat(correction.unit().entrance()).isEqualTo("1");

        var same = correction.unit().correct(new UnitCorrection(new BigDecimal("90.0"), UnitUse.STORAGE, null,
                UnitStatus.VACANT), NOW);
        assertThat(same.event()).isEmpty();
    }

    @Test
    void byHandTheStatusMovesOnlyBetweenUnsoldAndVacant() {
        Unit vacant = Unit.register("u", "c", spec(null, null, null), NOW).unit();
        assertThatThrownBy(() -> vacant.correct(new UnitCorrection(null, null, null, UnitStatus.OCCUPIED), NOW))
                .isInstanceOf(UnitStatusManagedException.class);
        Unit occupied = vacant.changeStatus(UnitStatus.OCCUPIED, NOW).unit();
        assertThatThrownBy(() -> occupied.correct(new UnitCorrection(null, null, null, UnitStatus.VACANT), NOW))
                .isInstanceOf(UnitStatusManagedException.class)
                .extracting(e -> ((UnitStatusManagedException) e).args()[0]).isEqualTo("OCCUPIED");
        // the same status again is no change, whoever set it
        assertThat(occupied.correct(new UnitCorrection(new BigDecimal("10.00"), null, null, UnitStatus.OCCUPIED), NOW)
                .event().orElseThrow().changedFields()).containsExactly("floorArea");
    }

    @Test
    void aSpecificationDiffersFromAUnitInTheFieldsItGivesOtherwise() {
        Unit unit = Unit.register("u", "c", spec("1", 12, null), NOW).unit();
        assertThat(unit.differencesFrom(spec("１", 12, UnitStatus.VACANT))).isEmpty();
        assertThat(unit.differencesFrom(new UnitSpec("3", "3-1201", "2", 12, new BigDecimal("89.51"), null, null,
                UnitStatus.UNSOLD))).containsExactly("entrance", "floorArea", "use", "handoverDate", "status");
        // a status a process moved the unit to is its life since registration, not a difference
        Unit occupied = unit.changeStatus(UnitStatus.OCCUPIED, NOW).unit();
        assertThat(occupied.differencesFrom(spec("1", 12, null))).isEmpty();
    }
}
