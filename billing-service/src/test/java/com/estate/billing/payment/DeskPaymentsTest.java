package com.estate.billing.payment;

import static com.estate.testsupport.KafkaTestClient.data;
import static org.assertj.core.api.Assertions.assertThat;

import com.estate.billing.MoneyDeskTest;
import com.estate.billing.bill.Bill;
import com.estate.billing.bill.BillStatus;
import com.estate.billing.ledger.Ledger;
import com.estate.platform.money.Money;
import com.estate.testsupport.ProblemAssertions;
import com.estate.testsupport.TestHttp;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Money received at the desk and at home: allocated, booked once, receipted, announced; and who may do it. */
class DeskPaymentsTest extends MoneyDeskTest {

    @Autowired
    Ledger ledger;

    @Test
    void cashGoesToTheOldestBillsFirstAndTheRestBecomesPrepaidCredit() {
        String unitId = newUnit();
        Bill november = bill(unitId, "256.80", "2026-11");
        Bill october = bill(unitId, "256.80", "2026-10");

        TestHttp.Answer paid = deskPayment(agent, unitId, "600.00", "CASH", null);

        assertStatus(paid, 201);
        JsonNode payment = paid.json();
        assertThat(payment.path("status").asString()).isEqualTo("SETTLED");
        assertThat(payment.path("method").asString()).isEqualTo("DESK");
        assertThat(payment.path("allocations")).hasSize(2);
        assertThat(payment.path("allocations").get(0).path("billId").asString()).isEqualTo(october.id());
        assertThat(payment.path("allocations").get(1).path("billId").asString()).isEqualTo(november.id());
        assertThat(payment.path("prepaid").asString()).isEqualTo("86.40");
        assertThat(payment.path("receiptNumber").asString()).matches("\\d{4}-000001");
        assertThat(bills.get(october.id()).status()).isEqualTo(BillStatus.PAID);
        assertThat(bills.get(november.id()).status()).isEqualTo(BillStatus.PAID);
        // charges 513.60, payment 600.00: the payer has 86.40 of credit
        assertThat(ledger.balanceOf("fa-" + unitId)).isEqualTo(Money.yuan("-86.40"));

        String paymentId = payment.path("id").asString();
        var received = published("billing.events",
                ofType("com.estate.billing.payment.received.v1", "paymentId", paymentId));
        assertThat(received.key()).isEqualTo("fa-" + unitId);
        assertThat(data(received).path("amount").asString()).isEqualTo("600.00");
        assertThat(data(received).path("channel").asString()).isEqualTo("CASH");
        assertThat(data(received).path("billIds")).hasSize(2);
        assertThat(data(received).path("prepaid").asString()).isEqualTo("86.40");
        assertThat(received.value()).doesNotContain("张三丰");
        var issued = published("billing.events",
                ofType("com.estate.billing.receipt.issued.v1", "paymentId", paymentId));
        assertThat(data(issued).path("receiptNumber").asString()).isEqualTo(payment.path("receiptNumber").asString());
        var notified = published("notification.requests", record -> paymentId.equals(
                data(record).path("params").path("paymentId").asString(null)));
        assertThat(data(notified).path("templateKey").asString()).isEqualTo("billing.payment-confirmed");
        assertThat(data(notified).path("recipient").path("id").asString()).isEqualTo(unitId);
    }

    @Test
    void aPaymentGoesToTheBillsThePayerChoseAndTheRestToCredit() {
        String unitId = newUnit();
        Bill october = bill(unitId, "256.80", "2026-10");
        Bill november = bill(unitId, "256.80", "2026-11");

        TestHttp.Answer paid = deskPayment(finance, unitId, "300.00", "CARD",
                "\"reference\":\"POS-88120\",\"billIds\":[\"" + november.id() + "\"]");

        assertStatus(paid, 201);
        assertThat(paid.json().path("allocations")).hasSize(1);
        assertThat(paid.json().path("allocations").get(0).path("billId").asString()).isEqualTo(november.id());
        assertThat(paid.json().path("prepaid").asString()).isEqualTo("43.20");
        assertThat(paid.json().path("reference").asString()).isEqualTo("POS-88120");
        assertThat(bills.get(october.id()).status()).isEqualTo(BillStatus.ISSUED);
    }

    @Test
    void aRepeatedRequestWithTheSameIdempotencyKeyPaysOnce() {
        String unitId = newUnit();
        bill(unitId, "100.00", "2026-11");
        String key = UUID.randomUUID().toString();
        String body = """
                {"method":"DESK","unitId":"%s","amount":"100.00","channel":"CASH"}""".formatted(unitId);

        TestHttp.Answer first = api.send("POST", "/api/billing/payments", agent, body, "Idempotency-Key", key);
        TestHttp.Answer again = api.send("POST", "/api/billing/payments", agent, body, "Idempotency-Key", key);

        assertStatus(first, 201);
        assertThat(again.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(ledger.balanceOf("fa-" + unitId)).isEqualTo(Money.zero());
        assertThat(api.send("GET", "/api/billing/payments?unitId=" + unitId, finance, null).json().path("total")
                .asLong()).isEqualTo(1);
    }

    @Test
    void aHomeCollectionRecordsTheAppointmentAndWhoWent() {
        String unitId = newUnit();
        bill(unitId, "120.00", "2026-11");

        TestHttp.Answer paid = post("/api/billing/payments", finance, """
                {"method":"HOME_COLLECTION","unitId":"%s","amount":"120.00","channel":"CASH","payerName":"王奶奶",
                 "homeVisit":{"appointmentAt":"2026-12-01T09:30:00+08:00","collectedBy":"李收费员"}}"""
                .formatted(unitId));

        assertStatus(paid, 201);
        assertThat(paid.json().path("method").asString()).isEqualTo("HOME_COLLECTION");
        assertThat(paid.json().path("homeVisit").path("collectedBy").asString()).isEqualTo("李收费员");
        assertThat(paid.json().path("homeVisit").path("appointmentAt").asString()).isEqualTo("2026-12-01T01:30:00Z");
        var received = published("billing.events", ofType("com.estate.billing.payment.received.v1", "paymentId",
                paid.json().path("id").asString()));
        assertThat(data(received).path("channel").asString()).isEqualTo("HOME_COLLECTION");
        assertThat(data(received).path("method").asString()).isEqualTo("HOME_COLLECTION");
    }

    @Test
    void badInputIsAProblemNeverAServerError() {
        String unitId = newUnit();
        assertProblem(deskPayment(agent, unitId, "10.001", "CASH", null), 400);
        assertProblem(deskPayment(agent, unitId, "-5.00", "CASH", null), 400);
        assertProblem(deskPayment(agent, unitId, "10.00", "BITCOIN", null), 400);
        ProblemAssertions.assertProblem(deskPayment(agent, unitId, "10.00", "BANK_TRANSFER", null), 422,
                "payment-reference-required");
        ProblemAssertions.assertProblem(deskPayment(agent, unitId, "10.00", "CASH", "\"billIds\":[\"b-nope\"]"), 422,
                "bill-not-payable");
        assertProblem(post("/api/billing/payments", agent, """
                {"method":"HOME_COLLECTION","unitId":"%s","amount":"1.00","channel":"CASH"}""".formatted(unitId)), 400);
        assertProblem(post("/api/billing/payments", agent, """
                {"method":"DESK","unitId":"%s","channel":"CASH"}""".formatted(unitId)), 400);
        assertProblem(post("/api/billing/payments", agent, "{not json"), 400);
    }

    @Test
    void onlyFinanceAndTheDeskRecordMoneyAndOnlyInTheirCommunities() {
        String unitId = newUnit();
        assertStatus(deskPayment(residentOf(unitId), unitId, "10.00", "CASH", null), 403);
        assertStatus(deskPayment(staff("TECHNICIAN", "tech-1"), unitId, "10.00", "CASH", null), 403);
        String elsewhere = com.estate.testsupport.TestTokens.get().token().subject("finance-far").roles("FINANCE")
                .communities("c-elsewhere").build();
        assertStatus(deskPayment(elsewhere, unitId, "10.00", "CASH", null), 404);
        assertThat(ledger.balanceOf("fa-" + unitId)).isEqualTo(Money.zero());
    }

    @Test
    void residentsSeeTheirOwnPaymentsOnly() {
        String unitId = newUnit();
        bill(unitId, "80.00", "2026-11");
        String paymentId = deskPayment(agent, unitId, "80.00", "CASH", null).json().path("id").asString();

        assertStatus(api.send("GET", "/api/billing/payments/" + paymentId, residentOf(unitId), null), 200);
        assertStatus(api.send("GET", "/api/billing/payments/" + paymentId, residentOf(newUnit()), null), 404);
        assertThat(api.send("GET", "/api/billing/payments?communityId=" + communityId, residentOf(newUnit()), null)
                .json().path("total").asLong()).isZero();
        assertThat(api.send("GET", "/api/billing/payments?communityId=" + communityId, residentOf(unitId), null)
                .json().path("total").asLong()).isEqualTo(1);
    }
}
