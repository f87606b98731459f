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
 * A paid repair and a renovation's waste-removal fee end up on the unit's next bill, through the gateway with every
 * service real: the owner of a unit handed over seven years ago reports a leak; workorder-service finds it out of
 * warranty, the technician quotes, the owner accepts the quote and, after the work and its leak test, the work;
 * the desk's renovation of the same unit is permitted and resident-service assesses the waste fee (DOMAIN §4: per m²
 * of the unit, by the community's rule). Billing accepts both charges (its {@code charge.posted}), and finance's
 * monthly run puts each on the bill as its own line, for the amounts the rules give.
 */
class PaidRepairOnBillE2E extends Journey {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final BigDecimal AREA = new BigDecimal("96.37");
    /** resident-service's default waste fee (app.renovation rules): 3.00 CNY per m² of floor area, half up. */
    private static final BigDecimal WASTE_FEE_PER_SQUARE_METRE = new BigDecimal("3.00");

    @Test
    void aPaidRepairAndARenovationWasteFeeAreLinesOfTheNextBill() throws InterruptedException {
        String communityId = createdId(gateway.postJson("/api/communities", "{\"name\":\"E2E 维修收费 " + UUID.randomUUID()
                + "\",\"timeZone\":\"Asia/Shanghai\"}", admin, "Idempotency-Key", UUID.randomUUID().toString()));
        String unitId = createdId(gateway.postJson("/api/communities/" + communityId + "/units",
                "{\"building\":\"9\",\"unitNumber\":\"9-0502\",\"floorArea\":\"" + AREA + "\",\"handoverDate\":\""
                        + LocalDate.now(SHANGHAI).minusYears(7) + "\"}", admin));
        String phone = "138" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
        createdId(gateway.postJson("/api/residents", """
                {"communityId":"%s","kind":"PERSON","name":"孙悦","phone":"%s",
                 "identityDocument":{"type":"MAINLAND_ID","number":"11010519491231002X"},"unitIds":["%s"],
                 "relation":"OWNER"}""".formatted(communityId, phone, unitId), admin,
                "Idempotency-Key", UUID.randomUUID().toString()));
        String supervisor = gateway.newStaff(admin, "CS_SUPERVISOR", communityId);
        String agent = gateway.newStaff(admin, "CS_AGENT", communityId);
        String technician = gateway.newStaff(admin, "TECHNICIAN", communityId);
        String finance = gateway.newStaff(admin, "FINANCE", communityId);
        okReply(gateway.sendJson("PUT", "/api/work-orders/technicians/" + accountIdOf(technician), """
                {"name":"钱师傅","skills":["leak","plumbing"],"communities":["%s"]}""".formatted(communityId),
                supervisor, "If-Match", "\"0\""));
        String owner = codes.logIn(phone);

        // the paid repair: reported by the owner, quoted, the quote and then the work accepted by the owner
        String report = """
                {"communityId":"%s","unitId":"%s","category":"leak","description":"卫生间吊顶滴水",
                 "contactPhone":"%s"}""".formatted(communityId, unitId, phone);
        String key = UUID.randomUUID().toString();
        Reply reported = Eventually.until("the leak report taken in", () -> gateway.postJson("/api/work-orders",
                report, owner, "Idempotency-Key", key), r -> r.status() == 201);
        String orderId = reported.json().path("id").asString();
        assertThat(reported.json().path("warranty").path("coverage").asString()).isEqualTo("PAID");
        workOrderAction(orderId, "assign", "{}", agent);
        workOrderAction(orderId, "accept", """
                {"appointment":{"from":"2030-01-02T09:00:00+08:00","to":"2030-01-02T11:00:00+08:00"}}""", technician);
        String repairTotal = workOrderAction(orderId, "quote", """
                {"items":[{"itemCode":"LABOUR-CALL-OUT","quantity":"1"},{"itemCode":"SEALANT","quantity":"1"}]}""",
                technician).json().path("quote").path("total").asString();
        assertThat(repairTotal).isEqualTo("65.00");
        workOrderAction(orderId, "accept-quote", "{}", owner);
        workOrderAction(orderId, "start", "{}", technician);
        workOrderAction(orderId, "finish", "{\"notes\":\"更换止水阀\"}", technician);
        workOrderAction(orderId, "leak-test", "{\"testedOn\":\"" + LocalDate.now(SHANGHAI) + "\"}", technician);
        assertThat(workOrderAction(orderId, "accept-work", "{}", owner).json().path("status").asString())
                .isEqualTo("ACCEPTED");

        // the renovation: applied for at the desk, approved by the supervisor, permitted with its waste fee
        LocalDate today = LocalDate.now(SHANGHAI);
        Reply applied = gateway.postJson("/api/renovations", """
                {"unitId":"%s","applicant":{"name":"孙悦","proxy":false},
                 "works":[{"description":"客厅地面翻新","changesStructure":false,"addsLoad":false}],
                 "startDate":"%s","endDate":"%s","contractor":{"name":"美家装饰","manager":"周工"},
                 "workers":["吴师傅"],"rulesAcknowledged":true}""".formatted(unitId, today, today.plusDays(30)),
                agent, "Idempotency-Key", UUID.randomUUID().toString());
        String renovationId = createdId(applied);
        Reply reviewed = okReply(gateway.postJson("/api/renovations/" + renovationId + "/review",
                "{\"decision\":\"APPROVE\"}", supervisor, "If-Match", applied.etag()));
        JsonNode permit = okReply(gateway.postJson("/api/renovations/" + renovationId + "/permit", "{}", agent,
                "If-Match", reviewed.etag())).json().path("permit");
        String wasteFee = WASTE_FEE_PER_SQUARE_METRE.multiply(AREA).setScale(2, RoundingMode.HALF_UP).toPlainString();
        assertThat(permit.path("wasteFee").path("amount").asString()).isEqualTo(wasteFee);

        // billing accepted both requests (a run before that would bill only what it had: the rest next month)
        Eventually.until("billing's charge.posted of both charges", () -> TopicEvents.keyed(settings,
                "billing.events", "fa-" + unitId, "com.estate.billing.charge.posted.v1"), posted -> posted.size() == 2);
        YearMonth month = YearMonth.now(SHANGHAI);
        JsonNode run = Eventually.until("the month's bill run", () -> BillRuns.run(gateway, finance, communityId,
                month), r -> BillRuns.billed(r) == 1);
        assertThat(run.path("report").path("chargesBilled").asLong()).isEqualTo(2);

        // the owner's next bill: one line each, nothing else (the unit has no move-in, so no monthly fees yet)
        JsonNode bill = BillRuns.billsOf(gateway, owner, unitId).get(0);
        JsonNode lines = okReply(gateway.get("/api/billing/bills/" + bill.path("id").asString(), owner)).json()
                .path("lines");
        assertThat(lines.valueStream().map(l -> l.path("item").asString() + " " + l.path("amount").asString()))
                .as("%s", lines).containsExactlyInAnyOrder("PAID_REPAIR " + repairTotal,
                        "RENOVATION_WASTE_REMOVAL " + wasteFee);
        String total = new BigDecimal(repairTotal).add(new BigDecimal(wasteFee)).toPlainString();
        assertThat(bill.path("total").asString()).isEqualTo(total);
        assertThat(okReply(gateway.get("/api/billing/accounts/fa-" + unitId, owner)).json().path("balance").asString())
                .isEqualTo(total);
    }
}
