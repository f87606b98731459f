package com.estate.resident.building.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildingTest {

    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

    @Test
    void entrancesGivenByCountAreNumberedFromOne() {
        Building building = Building.register("b", "c", "３号楼", null, 3, 18, 2, NOW);
        assertThat(building.name()).isEqualTo("3号楼");
        assertThat(building.entrances()).containsExactly("1", "2", "3");
        assertThat(building.hasEntrance("２")).isTrue();
        assertThat(building.hasEntrance("4")).isFalse();
    }

    @Test
    void floorsRunFromTheLowestBasementToTheTopWithoutFloorZero() {
        Building building = Building.register("b", "c", "3", List.of("东", "西"), null, 18, 2, NOW);
        assertThat(building.hasFloor(18)).isTrue();
        assertThat(building.hasFloor(19)).isFalse();
        assertThat(building.hasFloor(-2)).isTrue();
        assertThat(building.hasFloor(-3)).isFalse();
        assertThat(building.hasFloor(0)).isFalse();
        assertThat(building.hasEntrance("东")).isTrue();
        assertThat(building.hasEntrance("南")).isFalse();
    }

    @Test
    void aBuildingKnownByNameOnlyAcceptsAnyEntranceAndAnyFloorButZero() {
        Building building = Building.namedOnly("b", "c", "9", NOW);
        assertThat(building.hasEntrance("whatever")).isTrue();
        assertThat(building.hasFloor(77)).isTrue();
        assertThat(building.hasFloor(0)).isFalse();
    }

    @Test
    void refusesImpossibleBuildings() {
        assertThatThrownBy(() -> Building.register("b", "c", " ", null, 1, 5, 0, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Building.register("b", "c", "1", List.of("1", "１"), null, 5, 0, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Building.register("b", "c", "1", null, 1, 0, 0, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Building.register("b", "c", "1", null, 1, 5, -1, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
