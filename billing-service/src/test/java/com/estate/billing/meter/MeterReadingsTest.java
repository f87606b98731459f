package com.estate.billing.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.estate.billing.billrun.BillRuns;
import com.estate.testsupport.TestTokens;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Meter readings: the start readings of a move-in, the CSV import (row errors, re-import, conflicts, who may), and
 * bill runs that bill each reading difference once.
 */
class MeterReadingsTest extends MeterTest {

    @Test
    void startReadingsOfAMoveInAreEachMetersFirstReading() {
        String unitId = movedInUnitWithStartReadings();
        JsonNode readings = readingsOf(finance, unitId, 3);
        assertThat(readings).hasSize(3);
        assertThat(readings.get(0).path("meter").asString()).isEqualTo("water");
        assertThat(readings.get(0).path("readOn").asString()).isEqualTo("2026-09-30");
        assertThat(readings.get(0).path("reading").asString()).isEqualTo("100.5");
        assertThat(readings.get(0).path("source").asString()).isEqualTo("move-in");
    }

    @Test
    void importReportsEveryBadRowWithItsLineStoresTheRestAndAgainChangesNothing() {
        String unitId = movedInUnitWithStartReadings();
        String csv = """
                unitId,meter,readOn,reading
                %1$s,water,2026-10-31,110.5
                unit-nobody,water,2026-10-31,1
                %1$s,steam,2026-10-31,1

                %1$s,gas,31.10.2026,40
                %1$s,gas,2026-10-31,-1
                %1$s,electricity,2026-10-31,1999
                %1$s,electricity,2026-09-29,2100
                %1$s,water,2026-10-31,110.5
                %1$s,gas,2099-01-01,50
                %1$s,electricity,2026-11-15,2100.25
                """.formatted(unitId);
        Answer first = importCsv(finance, csv);
        assertThat(first.status()).as(first.json().toString()).isEqualTo(200);
        assertThat(first.json().path("stored").asLong()).isEqualTo(2);
        assertThat(first.json().path("unchanged").asLong()).isZero();
        assertThat(first.json().path("rejected").asLong()).isEqualTo(8);
        assertThat(errors(first.json())).containsExactly("3:unknown-unit", "4:unknown-meter", "6:bad-date",
                "7:bad-reading", "8:reading-lower", "9:reading-before-previous", "10:duplicate-row",
                "11:reading-in-future");

        Answer again = importCsv(finance, csv);
        assertThat(again.json().path("stored").asLong()).isZero();
        assertThat(again.json().path("unchanged").asLong()).isEqualTo(2);
        assertThat(readingsOf(finance, unitId, 5)).hasSize(5);

        Answer conflict = importCsv(finance, "unitId,meter,readOn,reading\n%s,water,2026-10-31,111\n"
                .formatted(unitId));
        assertThat(errors(conflict.json())).containsExactly("2:reading-conflict");
        assertThat(readingsOf(finance, unitId, 5)).hasSize(5);
    }

    @Autowired
    BillRuns billRuns;

    @Test
    void noImportWhileABillRunOfTheCommunityHoldsItsLease() {
        String unitId = movedInUnitWithStartReadings();
        var lease = billRuns.lease(communityId).orElseThrow();
        try {
            Answer refused = importCsv(finance, "unitId,meter,readOn,reading\n%s,water,2026-10-31,110.5\n"
                    .formatted(unitId));
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().path("code").asString()).isEqualTo("bill-run-in-progress");
        } finally {
            lease.unlock();
        }
        assertThat(readingsOf(finance, unitId, 3)).hasSize(3);
    }

    @Test
    void aFileThatIsNotAnImportIsAProblemNeverAServerError() {
        Answer noHeader = importCsv(finance, "unit,meter,day,reading\nu-1,water,2026-10-31,1\n");
        assertThat(noHeader.status()).isEqualTo(400);
        assertThat(noHeader.contentType()).startsWith("application/problem+json");
        assertThat(noHeader.json().path("code").asString()).isEqualTo("meter-import-header");
        Answer binary = importCsv(finance, "%PDF-1.7 not a csv");
        assertThat(binary.json().path("code").asString()).isEqualTo("meter-import-not-csv");
        Answer broken = importCsv(finance, "unitId,meter,readOn,reading\n\"u-1,water,2026-10-31,1\n");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().path("code").asString()).isEqualTo("meter-import-malformed");
    }

    @Test
    void billRunsBillEachDifferenceOnceAndANewReadingLaterBillsTheWholeDifference() {
        waterAt345();
        String unitId = movedInUnitWithStartReadings();
        importCsv(finance, "unitId,meter,readOn,reading\n%s,water,2026-10-31,110.5\n".formatted(unitId));

        JsonNode october = billRun("2026-10-01", "MONTHLY");
        assertThat(october.path("status").asString()).isEqualTo("COMPLETED");
        JsonNode line = meteredLine(unitId, "2026-10-01");
        assertThat(line.path("amount").asString()).isEqualTo("34.50");
        assertThat(line.path("metered").path("quantity").asString()).isEqualTo("10.0");
        assertThat(line.path("metered").path("fromReading").asString()).isEqualTo("100.5");
        assertThat(line.path("metered").path("toReading").asString()).isEqualTo("110.5");

        JsonNode rerun = billRun("2026-10-01", "MONTHLY");
        assertThat(rerun.path("report").path("alreadyBilled").asLong()).isEqualTo(1);
        assertThat(rerun.path("report").path("billsIssued").asLong()).isZero();

        // November: no new reading; a reading for a billed day is refused from now on
        JsonNode november = billRun("2026-11-01", "MONTHLY");
        assertThat(november.path("report").path("unitsWithoutMeterReading").asLong()).isEqualTo(1);
        assertThat(meteredLine(unitId, "2026-11-01")).isNull();
        Answer late = importCsv(finance, "unitId,meter,readOn,reading\n%s,water,2026-11-30,120\n".formatted(unitId));
        assertThat(errors(late.json())).containsExactly("2:reading-period-billed");

        // December bills the whole difference since October's reading, once
        importCsv(finance, "unitId,meter,readOn,reading\n%s,water,2026-12-01,130.5\n".formatted(unitId));
        billRun("2026-12-01", "MONTHLY");
        billRun("2026-12-01", "MONTHLY");
        JsonNode december = meteredLine(unitId, "2026-12-01");
        assertThat(december.path("metered").path("fromReading").asString()).isEqualTo("110.5");
        assertThat(december.path("amount").asString()).isEqualTo("69.00");
        var bills = api.send("GET", "/api/billing/bills?size=50&accountId=" + accountOf(unitId), finance, null);
        assertThat(bills.json().path("items")).hasSize(3);
        assertThat(issuedWithMeteredLine(unitId)).isEqualTo(2);
    }

    /** bill.issued events of the unit with a metered line, each valid against its schema. */
    long issuedWithMeteredLine(String unitId) {
        return await("bill.issued of " + unitId).atMost(PATIENCE).until(() -> kafka
                .readAll("billing.events", Duration.ofSeconds(2)).stream()
                .filter(r -> r.value().contains("com.estate.billing.bill.issued.v1") && r.value().contains(unitId))
                .peek(r -> contracts.assertValid(r.value()))
                .filter(r -> r.value().contains("\"metered\"")).count(), count -> count >= 2);
    }

    @Test
    void theServiceDecidesWhoImportsAndWhoReads() {
        String unitId = movedInUnitWithStartReadings();
        String csv = "unitId,meter,readOn,reading\n%s,water,2026-10-31,110.5\n".formatted(unitId);
        TestTokens tokens = TestTokens.get();
        assertThat(importCsv(tokens.staff("CS_AGENT", communityId), csv).status()).isEqualTo(403);
        assertThat(importCsv(tokens.resident("r-" + unitId, communityId, unitId), csv).status()).isEqualTo(403);
        assertThat(importCsv(tokens.staff("FINANCE", "c-elsewhere"), csv).status()).isEqualTo(404);
        Answer technician = importCsv(tokens.staff("TECHNICIAN", communityId), csv);
        assertThat(technician.status()).isEqualTo(200);
        assertThat(technician.json().path("stored").asLong()).isEqualTo(1);

        String path = "/api/billing/meter-readings?unitId=" + unitId;
        assertThat(api.send("GET", path, tokens.resident("r-" + unitId, communityId, unitId), null).status())
                .isEqualTo(200);
        assertThat(api.send("GET", path, tokens.staff("CS_AGENT", communityId), null).status()).isEqualTo(200);
        assertThat(api.send("GET", path, tokens.resident("r-next", communityId, "unit-next-door"), null).status())
                .isEqualTo(404);
        assertThat(api.send("GET", path, tokens.staff("FINANCE", "c-elsewhere"), null).status()).isEqualTo(404);
        assertThat(api.send("GET", "/api/billing/meter-readings?unitId=unit-nobody", finance, null).status())
                .isEqualTo(404);
        assertThat(api.send("GET", path, tokens.staff("SECURITY", communityId), null).status()).isEqualTo(403);
    }
}
