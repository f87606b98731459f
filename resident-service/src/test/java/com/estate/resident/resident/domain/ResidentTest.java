package com.estate.resident.resident.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.estate.platform.core.pii.IdentityDocument;
import com.estate.platform.core.pii.IdentityDocumentType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResidentTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final LocalDate MOVED_IN = LocalDate.of(2024, 3, 1);
    private static final IdentityDocument ID = new IdentityDocument(IdentityDocumentType.MAINLAND_ID,
            " 44030819900101123x ");

    private static Resident.Registration register(List<String> units, Relation relation) {
        return Resident.register("r-1", "c-1", ResidentKind.PERSON, " 王芳 ", "+86 138-1234-5678", ID, null, units,
                relation, MOVED_IN, NOW);
    }

    @Test
    void aRegistrationIsTheFirstEventAndEveryUnitACurrentResidence() {
        var registration = register(List.of("u-1", "u-2"), Relation.OWNER);
        Resident resident = registration.resident();

        assertThat(resident.name()).isEqualTo("王芳");
        assertThat(resident.phone()).isEqualTo("13812345678");
        assertThat(resident.identityDocument().number()).isEqualTo("44030819900101123X");
        assertThat(resident.currentUnitIds()).containsExactly("u-1", "u-2");
        assertThat(resident.residences()).allSatisfy(residence -> {
            assertThat(residence.relation()).isEqualTo(Relation.OWNER);
            assertThat(residence.since()).isEqualTo(MOVED_IN);
            assertThat(residence.isCurrent()).isTrue();
        });
        assertThat(registration.event().residentVersion()).isEqualTo(1);
        assertThat(registration.event().unitIds()).containsExactly("u-1", "u-2");
        assertThat(resident.toString()).doesNotContain("13812345678", "44030819900101123X");
    }

    @Test
    void aPersonNeedsADocumentAndAUnitIsNamedOnce() {
        assertThatThrownBy(() -> Resident.register("r-1", "c-1", ResidentKind.PERSON, "王芳", "13812345678", null,
                null, List.of("u-1"), Relation.OWNER, MOVED_IN, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> register(List.of("u-1", "u-1"), Relation.OWNER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> register(List.of(), Relation.OWNER)).isInstanceOf(IllegalArgumentException.class);
        // a company may register without a document or credit code
        var company = Resident.register("r-2", "c-1", ResidentKind.COMPANY, "深圳某某有限公司", "13912345678", null,
                null, List.of("u-1"), Relation.TENANT, MOVED_IN, NOW);
        assertThat(company.resident().identityDocument()).isNull();
    }

    @Test
    void movingOutOfOneUnitEndsThatRelationOnlyAndKeepsItAsHistory() {
        Resident resident = register(List.of("u-1", "u-2"), Relation.OWNER).resident();

        var moveOut = resident.moveOut("u-1", LocalDate.of(2026, 11, 30), TODAY, NOW);

        Resident after = moveOut.resident();
        assertThat(after.currentUnitIds()).containsExactly("u-2");
        assertThat(after.residences()).hasSize(2);
        assertThat(after.residences().getFirst()).isEqualTo(
                new Residence("u-1", Relation.OWNER, MOVED_IN, LocalDate.of(2026, 11, 30)));
        assertThat(after.hasMovedOut()).isFalse();
        assertThat(moveOut.event().unitIds()).containsExactly("u-1");
        assertThat(moveOut.event().residentVersion()).isEqualTo(2);
        assertThat(moveOut.event().movedOutAt()).isEqualTo(NOW);
    }

    @Test
    void movingOutOfEveryUnitEndsThemAllAndEachMoveOutIsTheNextVersion() {
        Resident resident = register(List.of("u-1", "u-2"), Relation.TENANT).resident();
        Resident partly = resident.moveOut("u-2", TODAY, TODAY, NOW).resident();

        var all = partly.moveOut(null, TODAY, TODAY, NOW);

        assertThat(all.event().unitIds()).containsExactly("u-1");
        assertThat(all.event().residentVersion()).isEqualTo(3);
        assertThat(all.resident().hasMovedOut()).isTrue();
        assertThat(all.resident().residences()).extracting(Residence::until).containsExactly(TODAY, TODAY);
    }

    @Test
    void aMoveOutTheHistoryDoesNotAllowIsRefused() {
        Resident resident = register(List.of("u-1"), Relation.HOUSEHOLD_MEMBER).resident();

        assertThatThrownBy(() -> resident.moveOut("u-9", TODAY, TODAY, NOW))
                .isInstanceOfSatisfying(MoveOutRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("resident-not-in-unit"));
        assertThatThrownBy(() -> resident.moveOut(null, MOVED_IN.minusDays(1), TODAY, NOW))
                .isInstanceOfSatisfying(MoveOutRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("move-out-before-move-in"));
        assertThatThrownBy(() -> resident.moveOut(null, TODAY.plusDays(1), TODAY, NOW))
                .isInstanceOfSatisfying(MoveOutRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("move-out-in-future"));

        Resident gone = resident.moveOut(null, TODAY, TODAY, NOW).resident();
        assertThatThrownBy(() -> gone.moveOut(null, TODAY, TODAY, NOW))
                .isInstanceOfSatisfying(MoveOutRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("resident-moved-out"));
    }
}
