package com.estate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Custody billed at 70% (托管期物业费按 70% 收取), through the gateway: the desk puts a vacant unit of a new community
 * in custody through resident-service's real custody endpoints, from the 11th of last month; finance has priced the
 * property fee by area and a fixed monthly parking fee, and runs last month's bills. Billing learns of the custody
 * from resident-service's event alone: the fees run from the custody's first day, the property fee of those days at
 * 70%, the parking fee in full. The amounts are the rules worked out here, to the fen, not read back.
 */
class CustodyBillingE2E extends Journey {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final BigDecimal AREA = new BigDecimal("88.37");
    private static final BigDecimal PROPERTY_FEE = new BigDecimal("2.35");
    private static final BigDecimal PARKING_FEE = new BigDecimal("150.00");
    /** DOMAIN §1 (infra/BUSINESS-RULES.md §11): the property fee during custody. */
    private static final BigDecimal CUSTODY_RATE = new BigDecimal("0.70");

    @Test
    void theDaysInCustodyAreBilledAtSeventyPercentOfThePropertyFee() throws InterruptedException {
        Owned owned = vacantUnitWithOwner("E2E 托管收费", "8", "8-1103", AREA, "赵磊");
        String communityId = owned.communityId();
        String unitId = owned.unitId();
        String phone = owned.phone();
        String ownerId = owned.ownerId();
        String finance = gateway.newStaff(admin, "FINANCE", communityId);
        for (String item : new String[] {
                "{\"code\":\"property-management-fee\",\"name\":\"物业管理费\",\"kind\":\"PER_AREA\",\"unitPrice\":\""
                        + PROPERTY_FEE + "\"",
                "{\"code\":\"parking-fee\",\"name\":\"车位管理费\",\"kind\":\"FIXED_MONTHLY\",\"unitPrice\":\""
                        + PARKING_FEE + "\""}) {
            createdId(gateway.postJson("/api/billing/fee-items", item + ",\"communityId\":\"" + communityId
                    + "\",\"unitUse\":\"RESIDENTIAL\",\"effectiveFrom\":\"2020-01-01\"}", finance,
                    "Idempotency-Key", UUID.randomUUID().toString()));
        }

        // the owner is away: custody from the 11th of last month, still running
        YearMonth month = YearMonth.now(SHANGHAI).minusMonths(1);
        LocalDate startedOn = month.atDay(11);
        String agreementId = CustodyE2E.uploadAgreement(gateway, admin, unitId);
        createdId(gateway.postJson("/api/custody", """
                {"unitId":"%s","ownerResidentId":"%s","agreementAttachmentId":"%s","startedOn":"%s",
                 "startReadings":{"water":"52.0","electricity":"1800.0"}}"""
                .formatted(unitId, ownerId, agreementId, startedOn), admin,
                "Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(gateway.get("/api/units/" + unitId, admin).json().path("status").asString())
                .isEqualTo("IN_CUSTODY");

        // until billing has heard of the custody the unit has no billable day (NOT_MOVED_IN): run again
        JsonNode run = Eventually.until("a bill run that bills the unit in custody",
                () -> BillRuns.run(gateway, finance, communityId, month), r -> BillRuns.billed(r) == 1);
        assertThat(run.path("status").asString()).isEqualTo("COMPLETED");

        // the rules: days from the custody's first day to the month's end, of the month's days
        int days = month.lengthOfMonth();
        int custodyDays = days - startedOn.getDayOfMonth() + 1;
        BigDecimal propertyFee = PROPERTY_FEE.multiply(AREA).multiply(CUSTODY_RATE)
                .multiply(BigDecimal.valueOf(custodyDays)).divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
        BigDecimal parkingFee = PARKING_FEE.multiply(BigDecimal.valueOf(custodyDays))
                .divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
        BigDecimal total = propertyFee.add(parkingFee);

        JsonNode bill = BillRuns.billsOf(gateway, finance, unitId).get(0);
        assertThat(bill.path("period").path("from").asString()).isEqualTo(month.atDay(1).toString());
        assertThat(bill.path("period").path("to").asString()).isEqualTo(month.atEndOfMonth().toString());
        JsonNode lines = okReply(gateway.get("/api/billing/bills/" + bill.path("id").asString(), finance)).json()
                .path("lines");
        assertThat(lines).as("%s", lines).hasSize(2);
        JsonNode property = line(lines, "property-management-fee");
        assertThat(property.path("amount").asString()).as("%s", property).isEqualTo(propertyFee.toPlainString());
        assertThat(property.path("description").asString()).contains("70%", custodyDays + " 天");
        assertThat(line(lines, "parking-fee").path("amount").asString()).as("in full during custody")
                .isEqualTo(parkingFee.toPlainString());
        assertThat(bill.path("total").asString()).isEqualTo(total.toPlainString());
        assertThat(okReply(gateway.get("/api/billing/accounts/fa-" + unitId, finance)).json().path("balance").asString())
                .as("from the ledger").isEqualTo(total.toPlainString());

        // the owner, logged in by one-time code, reads the same bill
        String owner = codes.logIn(phone);
        assertThat(BillRuns.billsOf(gateway, owner, unitId).get(0).path("total").asString())
                .isEqualTo(total.toPlainString());
    }

    /** A vacant unit of a new community (Asia/Shanghai) and its owner, registered through the gateway. */
    record Owned(String communityId, String unitId, String ownerId, String phone) {
    }

    static Owned vacantUnitWithOwner(String community, String building, String unitNumber, BigDecimal area,
            String ownerName) {
        String communityId = createdId(gateway.postJson("/api/communities", "{\"name\":\"" + community + " "
                + UUID.randomUUID() + "\",\"timeZone\":\"Asia/Shanghai\"}", admin,
                "Idempotency-Key", UUID.randomUUID().toString()));
        String unitId = createdId(gateway.postJson("/api/communities/" + communityId + "/units",
                "{\"building\":\"" + building + "\",\"unitNumber\":\"" + unitNumber + "\",\"floorArea\":\""
                        + area + "\"}", admin));
        String phone = "139" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
        String ownerId = createdId(gateway.postJson("/api/residents", """
                {"communityId":"%s","kind":"PERSON","name":"%s","phone":"%s",
                 "identityDocument":{"type":"MAINLAND_ID","number":"11010519491231002X"},"unitIds":["%s"],
                 "relation":"OWNER"}""".formatted(communityId, ownerName, phone, unitId), admin,
                "Idempotency-Key", UUID.randomUUID().toString()));
        return new Owned(communityId, unitId, ownerId, phone);
    }

    private static JsonNode line(JsonNode lines, String item) {
        return lines.valueStream().filter(l -> item.equals(l.path("item").asString())).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + item + " in " + lines));
    }
}
