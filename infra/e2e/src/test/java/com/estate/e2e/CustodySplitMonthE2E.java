package com.estate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A month split between custody and normal days (托管期物业费按 70% 收取), through the gateway: the desk puts a vacant
 * unit of a new community in custody through resident-service's real custody endpoints from the 11th of last month
 * and ends it on the 21st (the owner is back), then finance runs last month's bills. The unit is billed from the
 * custody's first day: the ten days in custody at 70% of the property fee, the days after it at 100%, each part
 * pro-rated by days of the month and rounded once, half-up to the fen (infra/BUSINESS-RULES.md §11). The amounts are
 * the rules worked out here, not read back.
 */
class CustodySplitMonthE2E extends Journey {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final BigDecimal AREA = new BigDecimal("96.43");
    private static final BigDecimal PROPERTY_FEE = new BigDecimal("2.65");
    /** DOMAIN §1 (infra/BUSINESS-RULES.md §11): the property fee during custody. */
    private static final BigDecimal CUSTODY_RATE = new BigDecimal("0.70");

    @Test
    void custodyDaysAreBilledAtSeventyPercentAndTheRestOfTheMonthInFull() throws InterruptedException {
        CustodyBillingE2E.Owned owned = CustodyBillingE2E.vacantUnitWithOwner("E2E 托管分段", "5", "5-0602", AREA,
                "孙悦");
        String communityId = owned.communityId();
        String unitId = owned.unitId();
        String finance = gateway.newStaff(admin, "FINANCE", communityId);
        createdId(gateway.postJson("/api/billing/fee-items", """
                {"communityId":"%s","code":"property-management-fee","name":"物业管理费","kind":"PER_AREA",
                 "unitUse":"RESIDENTIAL","unitPrice":"%s","effectiveFrom":"2020-01-01"}"""
                .formatted(communityId, PROPERTY_FEE), finance, "Idempotency-Key", UUID.randomUUID().toString()));

        // custody from the 11th of last month; the owner came back on the 21st (the first day out of custody)
        YearMonth month = YearMonth.now(SHANGHAI).minusMonths(1);
        LocalDate startedOn = month.atDay(11);
        LocalDate endedOn = month.atDay(21);
        String agreementId = CustodyE2E.uploadAgreement(gateway, admin, unitId);
        String custodyId = createdId(gateway.postJson("/api/custody", """
                {"unitId":"%s","ownerResidentId":"%s","agreementAttachmentId":"%s","startedOn":"%s",
                 "startReadings":{"water":"12.0","electricity":"640.0"}}"""
                .formatted(unitId, owned.ownerId(), agreementId, startedOn), admin,
                "Idempotency-Key", UUID.randomUUID().toString()));
        try (Redelivery events = new Redelivery(settings)) {
            var mark = events.mark("resident.events");
            Reply current = gateway.get("/api/custody/" + custodyId, admin);
            Reply ended = okReply(gateway.postJson("/api/custody/" + custodyId + "/end",
                    "{\"endedOn\":\"" + endedOn + "\"}", admin, "If-Match", current.etag()));
            assertThat(ended.json().path("status").asString()).isEqualTo("ENDED");
            // billing must know the custody's end before the run, or it would bill the rest of the month at 70%
            var endedEvent = events.find(mark, r -> r.value().contains("com.estate.resident.custody.ended.v1")
                    && r.value().contains(custodyId));
            events.awaitHandled("billing-service", endedEvent);
        }

        JsonNode run = Eventually.until("a bill run that bills the unit",
                () -> BillRuns.run(gateway, finance, communityId, month), r -> BillRuns.billed(r) == 1);
        assertThat(run.path("status").asString()).isEqualTo("COMPLETED");

        // the rules: billed from the custody's first day; each part its days of the month's days, rounded once
        BigDecimal monthly = PROPERTY_FEE.multiply(AREA);
        BigDecimal days = BigDecimal.valueOf(month.lengthOfMonth());
        int custodyDays = endedOn.getDayOfMonth() - startedOn.getDayOfMonth();
        int normalDays = month.lengthOfMonth() - endedOn.getDayOfMonth() + 1;
        BigDecimal custodyPart = monthly.multiply(CUSTODY_RATE).multiply(BigDecimal.valueOf(custodyDays))
                .divide(days, 2, RoundingMode.HALF_UP);
        BigDecimal normalPart = monthly.multiply(BigDecimal.valueOf(normalDays)).divide(days, 2, RoundingMode.HALF_UP);
        BigDecimal total = custodyPart.add(normalPart);

        JsonNode bill = BillRuns.billsOf(gateway, finance, unitId).get(0);
        assertThat(bill.path("period").path("from").asString()).isEqualTo(month.atDay(1).toString());
        JsonNode lines = okReply(gateway.get("/api/billing/bills/" + bill.path("id").asString(), finance)).json()
                .path("lines");
        assertThat(lines).as("%s", lines).hasSize(2);
        JsonNode custody = lines.valueStream().filter(l -> l.path("description").asString().contains("70%"))
                .findFirst().orElseThrow(() -> new AssertionError("no custody line in " + lines));
        JsonNode normal = lines.valueStream().filter(l -> !l.path("description").asString().contains("70%"))
                .findFirst().orElseThrow(() -> new AssertionError("no line at the full fee in " + lines));
        assertThat(custody.path("item").asString()).isEqualTo("property-management-fee");
        assertThat(custody.path("amount").asString()).as("%s", custody).isEqualTo(custodyPart.toPlainString());
        assertThat(custody.path("description").asString()).contains(custodyDays + " 天");
        assertThat(normal.path("item").asString()).isEqualTo("property-management-fee");
        assertThat(normal.path("amount").asString()).as("%s", normal).isEqualTo(normalPart.toPlainString());
        assertThat(normal.path("description").asString()).contains(normalDays + " 天");
        assertThat(bill.path("total").asString()).isEqualTo(total.toPlainString());
        assertThat(okReply(gateway.get("/api/billing/accounts/fa-" + unitId, finance)).json().path("balance")
                .asString()).as("from the ledger").isEqualTo(total.toPlainString());
    }
}
