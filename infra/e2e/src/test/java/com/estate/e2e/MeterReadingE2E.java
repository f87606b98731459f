package com.estate.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Metered fees, through the gateway: the move-in's start readings (resident-service's event, played schema-valid)
 * start the unit's water meter; a technician of the community imports this month's reading from CSV (again: nothing
 * changes); finance prices water per m³ and runs the month's bills; the bill's water line bills the difference.
 */
class MeterReadingE2E extends Journey {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aTechniciansReadingIsBilledAsTheDifferenceFromTheMoveInReading() throws Exception {
        String communityId = id(gateway.postJson("/api/communities", "{\"name\":\"E2E 水表 " + UUID.randomUUID()
                + "\",\"timeZone\":\"Asia/Shanghai\"}", admin, "Idempotency-Key", UUID.randomUUID().toString()));
        String unitId = id(gateway.postJson("/api/communities/" + communityId + "/units",
                "{\"building\":\"5\",\"unitNumber\":\"5-0302\",\"floorArea\":\"90.00\"}", admin));
        Eventually.until("the fee account of " + unitId,
                () -> gateway.get("/api/billing/accounts/fa-" + unitId, admin), reply -> reply.status() == 200);

        // moved in, meters read, on the first day of last month (Shanghai)
        YearMonth month = YearMonth.now(SHANGHAI);
        Instant movedIn = month.minusMonths(1).atDay(1).atTime(LocalTime.of(10, 0)).atZone(SHANGHAI).toInstant();
        String caseId = "case-" + UUID.randomUUID();
        partners().publish("resident.events", "/resident-service", "com.estate.resident.movein.completed.v1", caseId,
                communityId, Map.of("caseId", caseId, "unitId", unitId, "communityId", communityId,
                        "ownerResidentId", "r-" + unitId,
                        "archive", List.of(Map.of("kind", "ID_COPY", "attachmentId", "att-e2e")),
                        "completedAt", movedIn.toString()));
        partners().publish("resident.events", "/resident-service",
                "com.estate.resident.movein.meter-readings-recorded.v1", caseId, communityId, Map.of("caseId", caseId,
                        "unitId", unitId, "communityId", communityId, "readings", Map.of(
                                "water", Map.of("value", "100.5", "unit", "m3"),
                                "electricity", Map.of("value", "2000", "unit", "kWh"),
                                "gas", Map.of("value", "30", "unit", "m3")),
                        "recordedAt", movedIn.toString(), "confirmedAt", movedIn.toString()));
        Eventually.until("the start readings of " + unitId,
                () -> gateway.get("/api/billing/meter-readings?unitId=" + unitId, admin),
                reply -> reply.status() == 200 && reply.json().path("readings").size() == 3);

        String technician = gateway.newStaff(admin, "TECHNICIAN", communityId);
        String csv = "unitId,meter,readOn,reading\n%s,water,%s,112.5\n".formatted(unitId, LocalDate.now(SHANGHAI));
        Reply imported = gateway.post("/api/billing/meter-readings/import?communityId=" + communityId,
                "text/csv; charset=UTF-8", csv, technician);
        assertThat(imported.status()).as("%s", imported).isEqualTo(200);
        assertThat(imported.json().path("stored").asLong()).isEqualTo(1);
        Reply again = gateway.post("/api/billing/meter-readings/import?communityId=" + communityId,
                "text/csv; charset=UTF-8", csv, technician);
        assertThat(again.json().path("unchanged").asLong()).as("%s", again).isEqualTo(1);

        Reply fee = gateway.postJson("/api/billing/fee-items", """
                {"communityId":"%s","code":"water","name":"水费","kind":"METERED","meter":"water",
                 "unitPrice":"3.45","effectiveFrom":"%s"}""".formatted(communityId, month.minusMonths(1).atDay(1)),
                admin, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(fee.status()).as("%s", fee).isEqualTo(201);
        Reply started = gateway.postJson("/api/billing/bill-runs", "{\"communityId\":\"%s\",\"from\":\"%s\"}"
                .formatted(communityId, month.atDay(1)), admin, "Idempotency-Key", UUID.randomUUID().toString());
        String runId = id(started);
        JsonNode run = Eventually.until("bill run " + runId,
                () -> gateway.get("/api/billing/bill-runs/" + runId, admin).json(),
                r -> !r.path("status").asString().equals("RUNNING"));
        assertThat(run.path("report").path("billsIssued").asLong()).as("%s", run).isEqualTo(1);

        JsonNode bill = gateway.get("/api/billing/bills?accountId=fa-" + unitId, admin).json().path("items").get(0);
        JsonNode line = bill.path("lines").get(0);
        assertThat(line.path("item").asString()).isEqualTo("water");
        assertThat(line.path("metered").path("quantity").asString()).isEqualTo("12.0");
        assertThat(line.path("amount").asString()).isEqualTo(new BigDecimal("12.0").multiply(new BigDecimal("3.45"))
                .setScale(2, RoundingMode.HALF_UP).toPlainString());
    }

    private static String id(Reply reply) {
        assertThat(reply.status()).as("%s", reply).isBetween(200, 202);
        return reply.json().path("id").asString();
    }
}
