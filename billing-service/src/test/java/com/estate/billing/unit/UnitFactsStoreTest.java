package com.estate.billing.unit;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.billing.BillingTest;
import com.estate.billing.unit.persistence.BillingUnitDocument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A bill run reads units straight from their BSON: the same facts as the entity mapping, field by field. */
class UnitFactsStoreTest extends BillingTest {

    @Test
    void aBillRunReadsTheSameFactsAsTheEntityMapping() {
        BillingUnitDocument full = BillingUnitDocument.of("unit-full-" + communityId, communityId);
        full.takeUnitState(2, new BigDecimal("88.75"), "COMMERCIAL", "OCCUPIED", LocalDate.parse("2025-06-30"));
        full.movedIn(LocalDate.parse("2026-03-15"));
        full.custody("k-1", LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-21"));
        full.custody("k-2", LocalDate.parse("2026-11-11"), null);
        full.startReadings(Map.of("WATER", new BigDecimal("123.4"), "ELECTRICITY", new BigDecimal("5678")));
        full.prepaidThrough(LocalDate.parse("2026-03-31"));
        mongo.save(full);
        BillingUnitDocument bare = BillingUnitDocument.of("unit-bare-" + communityId, communityId);
        mongo.save(bare);

        List<UnitFacts> streamed = new ArrayList<>();
        unitFacts.forEachInCommunity(communityId, streamed::add);

        assertThat(streamed).containsExactlyInAnyOrder(unitFacts.find(full.getId()).orElseThrow(),
                unitFacts.find(bare.getId()).orElseThrow());
        UnitFacts read = streamed.stream().filter(f -> f.unitId().equals(full.getId())).findFirst().orElseThrow();
        assertThat(read.floorArea()).isEqualByComparingTo("88.75");
        assertThat(read.moveInDate()).isEqualTo(LocalDate.parse("2026-03-15"));
        assertThat(read.custodies()).extracting(UnitFacts.Custody::endedOn)
                .containsExactly(LocalDate.parse("2026-05-21"), null);
        assertThat(read.startReadings()).containsEntry("WATER", new BigDecimal("123.4"));
        assertThat(read.prepaidThrough()).isEqualTo(LocalDate.parse("2026-03-31"));
    }
}
