package com.estate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A monthly bill, through the gateway: the desk registers a unit and its owner in resident-service; the move-in's
 * completion (resident-service's event, played with a schema-valid event so the journey does not walk the whole
 * move-in) tells billing the day fees start; finance sets the community's property fee and runs the month's bills;
 * the owner, logged in by one-time code, reads the bill and the account's balance from the ledger.
 */
class BillingE2E extends Journey {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aMovedInOwnerIsBilledForTheMonthAndReadsTheBill() throws Exception {
        String communityId = id(gateway.postJson("/api/communities", "{\"name\":\"E2E 收费 " + UUID.randomUUID()
                + "\",\"timeZone\":\"Asia/Shanghai\"}", admin, "Idempotency-Key", UUID.randomUUID().toString()));
        String unitId = id(gateway.postJson("/api/communities/" + communityId + "/units",
                "{\"building\":\"3\",\"unitNumber\":\"3-0601\",\"floorArea\":\"118.00\"}", admin));
        String phone = "137" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
        gateway.postJson("/api/residents", """
                {"communityId":"%s","kind":"PERSON","name":"王芳","phone":"%s",
                 "identityDocument":{"type":"MAINLAND_ID","number":"11010519491231002X"},"unitIds":["%s"],
                 "relation":"OWNER"}""".formatted(communityId, phone, unitId), admin,
                "Idempotency-Key", UUID.randomUUID().toString());
        // billing has the unit (its account opens from unit.registered)
        Eventually.until("the fee account of " + unitId,
                () -> gateway.get("/api/billing/accounts/fa-" + unitId, admin), reply -> reply.status() == 200);

        // moved in on the first day of this month (Shanghai): the whole month is billed
        YearMonth month = YearMonth.now(SHANGHAI);
        Instant movedIn = month.atDay(1).atTime(LocalTime.of(10, 0)).atZone(SHANGHAI).toInstant();
        String caseId = "case-" + UUID.randomUUID();
        partners().publish("resident.events", "/resident-service", "com.estate.resident.movein.completed.v1", caseId,
                communityId, Map.of("caseId", caseId, "unitId", unitId, "communityId", communityId,
                        "ownerResidentId", "r-" + unitId,
                        "archive", List.of(Map.of("kind", "ID_COPY", "attachmentId", "att-e2e")),
                        "completedAt", movedIn.toString()));

        Reply fee = gateway.postJson("/api/billing/fee-items", """
                {"communityId":"%s","code":"property-management-fee","name":"物业管理费","kind":"PER_AREA",
                 "unitUse":"RESIDENTIAL","unitPrice":"2.50","effectiveFrom":"%s"}""".formatted(communityId,
                month.atDay(1)), admin, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(fee.status()).as("%s", fee).isEqualTo(201);

        // the run bills the unit once billing learned the move-in (until then it is skipped: run it again)
        JsonNode run = Eventually.until("a bill run that bills " + unitId,
                () -> BillRuns.run(gateway, admin, communityId, month), r -> BillRuns.billed(r) == 1);
        assertThat(run.path("status").asString()).isEqualTo("COMPLETED");

        String owner = codes.logIn(phone);
        Reply bills = gateway.get("/api/billing/bills?accountId=fa-" + unitId, owner);
        assertThat(bills.status()).as("%s", bills).isEqualTo(200);
        JsonNode bill = bills.json().path("items").get(0);
        String expected = new BigDecimal("118.00").multiply(new BigDecimal("2.50")).setScale(2, RoundingMode.HALF_UP)
                .toPlainString();
        assertThat(bill.path("total").asString()).isEqualTo(expected);
        assertThat(bill.path("period").path("from").asString()).isEqualTo(month.atDay(1).toString());
        assertThat(bill.path("status").asString()).isEqualTo("ISSUED");
        Reply one = gateway.get("/api/billing/bills/" + bill.path("id").asString(), owner);
        assertThat(one.status()).as("%s", one).isEqualTo(200);
        assertThat(one.json().path("lines").get(0).path("item").asString()).isEqualTo("property-management-fee");
        Reply account = gateway.get("/api/billing/accounts/fa-" + unitId, owner);
        assertThat(account.json().path("balance").asString()).as("from the ledger").isEqualTo(expected);
    }

    private static String id(Reply reply) {
        assertThat(reply.status()).as("%s", reply).isBetween(200, 202);
        return reply.json().path("id").asString();
    }
}
