package com.estate.resident.resident.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.estate.platform.core.pii.IdentityDocument;
import com.estate.platform.core.pii.IdentityDocumentType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnershipTransferTest {

    private static final LocalDate SINCE = LocalDate.of(2024, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static Resident resident(String id, Relation relation, String... units) {
        return Resident.register(id, "community", ResidentKind.PERSON, "住户" + id, "13912345678",
                new IdentityDocument(IdentityDocumentType.PASSPORT, "E" + id.hashCode()), null, List.of(units),
                relation, SINCE, Instant.EPOCH).resident();
    }

    private static String code(Runnable action) {
        try {
            action.run();
        } catch (TransferRefusedException e) {
            return e.code();
        }
        return null;
    }

    @Test
    void theOldOwnersAndTheirHouseholdLeaveTenantsStayTheNewOwnersJoin() {
        List<Resident> household = List.of(resident("a", Relation.OWNER, "u"), resident("b", Relation.OWNER, "u"),
                resident("m", Relation.HOUSEHOLD_MEMBER, "u"), resident("t", Relation.TENANT, "u"),
                resident("x", Relation.OWNER, "other"));

        var transfer = OwnershipTransfer.plan("u", household, List.of("n"), TODAY, TODAY);

        assertThat(transfer.previousOwners()).containsExactly("a", "b");
        assertThat(transfer.leaving()).containsExactly("a", "b", "m");
        assertThat(transfer.joining()).containsExactly("n");
        assertThat(transfer.staying()).isEmpty();
    }

    @Test
    void aCoOwnerBuyingTheOtherOutStaysAndSoDoesTheFamily() {
        List<Resident> household = List.of(resident("a", Relation.OWNER, "u"), resident("b", Relation.OWNER, "u"),
                resident("m", Relation.HOUSEHOLD_MEMBER, "u"));

        var transfer = OwnershipTransfer.plan("u", household, List.of("a"), TODAY.minusDays(3), TODAY);

        assertThat(transfer.leaving()).containsExactly("b");
        assertThat(transfer.staying()).containsExactly("a");
        assertThat(transfer.joining()).isEmpty();
    }

    @Test
    void aMemberOrTenantWhoBecomesOwnerLeavesThatRelationAndJoinsAsOwner() {
        List<Resident> household = List.of(resident("a", Relation.OWNER, "u"),
                resident("m", Relation.HOUSEHOLD_MEMBER, "u"), resident("t", Relation.TENANT, "u"));

        var toMember = OwnershipTransfer.plan("u", household, List.of("m"), TODAY, TODAY);
        assertThat(toMember.leaving()).containsExactly("a", "m");
        assertThat(toMember.joining()).containsExactly("m");
        var toTenant = OwnershipTransfer.plan("u", household, List.of("t"), TODAY, TODAY);
        assertThat(toTenant.leaving()).containsExactly("a", "m", "t");
        assertThat(toTenant.joining()).containsExactly("t");
    }

    @Test
    void aTransferIsRecordedOnceItHappenedAfterTheMoveInAndChangesSomething() {
        List<Resident> household = List.of(resident("a", Relation.OWNER, "u"));

        assertThat(code(() -> OwnershipTransfer.plan("u", household, List.of("n"), TODAY.plusDays(1), TODAY)))
                .isEqualTo("transfer-in-future");
        assertThat(code(() -> OwnershipTransfer.plan("u", household, List.of("n"), SINCE.minusDays(1), TODAY)))
                .isEqualTo("transfer-before-move-in");
        assertThat(code(() -> OwnershipTransfer.plan("u", household, List.of("a"), TODAY, TODAY)))
                .isEqualTo("transfer-unchanged");
        assertThat(code(() -> OwnershipTransfer.plan("empty", household, List.of("n"), TODAY, TODAY)))
                .isEqualTo("transfer-without-owner");
        assertThatThrownBy(() -> OwnershipTransfer.plan("u", household, List.of(), TODAY, TODAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OwnershipTransfer.plan("u", household, List.of("n", "n"), TODAY, TODAY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSamePersonRegisteredForAnotherUnitIsTheNextEventOfOneRecord() {
        Resident owner = resident("a", Relation.OWNER, "u");

        var more = owner.registerFor(List.of("v"), Relation.OWNER, TODAY, Instant.EPOCH);

        assertThat(more.resident().currentUnitIds()).containsExactly("u", "v");
        assertThat(more.event().unitIds()).containsExactly("v");
        assertThat(more.event().residentVersion()).isEqualTo(2);
        assertThatThrownBy(() -> more.resident().registerFor(List.of("u"), Relation.TENANT, TODAY, Instant.EPOCH))
                .isInstanceOf(AlreadyRegisteredThereException.class);
    }
}
