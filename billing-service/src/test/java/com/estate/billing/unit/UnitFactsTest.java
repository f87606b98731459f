package com.estate.billing.unit;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.billing.BillingTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What billing learns of a unit from resident-service's events, in whatever order they come. */
class UnitFactsTest extends BillingTest {

    void updated(String unitId, int revision, String area, String status) {
        residentEvent("com.estate.resident.unit.updated.v1", unitId, Map.of("unitId", unitId,
                "communityId", communityId, "building", "1", "unitNumber", "1-101", "floorArea", area,
                "status", status, "unitRevision", revision, "changedFields", List.of("floorArea"),
                "updatedAt", Instant.now().toString(), "use", "COMMERCIAL"));
    }

    @Test
    void aNewerUnitStateReplacesAnOlderOneAndALateOlderOneChangesNothing() {
        String unitId = registerUnit("89.50", "RESIDENTIAL");
        updated(unitId, 3, "95.00", "OCCUPIED");
        awaitFacts(unitId, facts -> facts.floorArea().compareTo(new BigDecimal("95.00")) == 0);
        updated(unitId, 2, "10.00", "VACANT");
        kafka.awaitConsumed("billing-service", "resident.events", PATIENCE);
        UnitFacts facts = unitFacts.find(unitId).orElseThrow();
        assertThat(facts.floorArea()).isEqualByComparingTo("95.00");
        assertThat(facts.use()).isEqualTo("COMMERCIAL");
        assertThat(facts.status()).isEqualTo("OCCUPIED");
    }

    @Test
    void theMoveInDayIsTheShanghaiDayOfCompletionAndTheFirstOneStays() {
        String unitId = registerUnit("89.50", "RESIDENTIAL");
        moveIn(unitId, Instant.parse("2026-11-30T17:30:00Z")); // 01:30 on 1 December in Shanghai
        assertThat(unitFacts.find(unitId).orElseThrow().moveInDate()).isEqualTo(LocalDate.parse("2026-12-01"));
        assertThat(unitFacts.find(unitId).orElseThrow().billableFrom()).isEqualTo(LocalDate.parse("2026-12-01"));
    }

    @Test
    void custodyPeriodsAndMoveInReadingsAreKeptWhicheverEventComesFirst() {
        String unitId = "unit-" + UUID.randomUUID();
        String custodyId = "custody-" + UUID.randomUUID();
        // ended before started (two partitions): the period is complete either way
        residentEvent("com.estate.resident.custody.ended.v1", custodyId, Map.of("custodyId", custodyId,
                "communityId", communityId, "unitId", unitId, "startedOn", "2026-12-11", "endedOn", "2027-01-05",
                "timeZone", "Asia/Shanghai", "endedAt", "2027-01-05T01:00:00Z"));
        residentEvent("com.estate.resident.custody.started.v1", custodyId, Map.of("custodyId", custodyId,
                "communityId", communityId, "unitId", unitId, "ownerResidentId", "r-1", "startedOn", "2026-12-11",
                "timeZone", "Asia/Shanghai", "startReadings", Map.of("water", "1.000", "electricity", "2.0"),
                "startedAt", "2026-12-11T01:00:00Z"));
        String caseId = "case-" + UUID.randomUUID();
        residentEvent("com.estate.resident.movein.meter-readings-recorded.v1", caseId, Map.of("caseId", caseId,
                "unitId", unitId, "communityId", communityId, "readings", Map.of(
                        "water", Map.of("value", "3.200", "unit", "m3"),
                        "electricity", Map.of("value", "15.5", "unit", "kWh"),
                        "gas", Map.of("value", "0.8", "unit", "m3")),
                "recordedAt", "2026-11-20T02:00:00Z", "confirmedAt", "2026-11-20T03:00:00Z"));
        UnitFacts facts = awaitFacts(unitId, f -> !f.startReadings().isEmpty() && !f.custodies().isEmpty());
        kafka.awaitConsumed("billing-service", "resident.events", PATIENCE);
        facts = unitFacts.find(unitId).orElseThrow();
        assertThat(facts.custodies()).containsExactly(new UnitFacts.Custody(custodyId, LocalDate.parse("2026-12-11"),
                LocalDate.parse("2027-01-05")));
        assertThat(facts.inCustodyOn(LocalDate.parse("2027-01-04"))).isTrue();
        assertThat(facts.inCustodyOn(LocalDate.parse("2027-01-05"))).isFalse();
        assertThat(facts.startReadings()).containsEntry("water", new BigDecimal("3.200"))
                .containsEntry("electricity", new BigDecimal("15.5")).containsEntry("gas", new BigDecimal("0.8"));
        assertThat(facts.billableFrom()).as("custody without a move-in").isEqualTo(LocalDate.parse("2026-12-11"));
    }
}
