package com.estate.billing.refund;

import static com.estate.testsupport.KafkaTestClient.data;
import static org.assertj.core.api.Assertions.assertThat;

import com.estate.billing.MoneyDeskTest;
import com.estate.billing.bill.Bill;
import com.estate.billing.bill.BillStatus;
import com.estate.billing.ledger.Ledger;
import com.estate.platform.money.Money;
import com.estate.testsupport.ProblemAssertions;
import com.estate.testsupport.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Refunds and reversals: asked, approved by another finance officer, then booked as reversing entries. */
class RefundsTest extends MoneyDeskTest {

    @Autowired
    Ledger ledger;

    private TestHttp.Answer ask(String token, String paymentId, String kind, String amount) {
        return post("/api/billing/refunds", token, """
                {"paymentId":"%s","kind":"%s",%s"reason":"重复缴费"}""".formatted(paymentId, kind,
                amount == null ? "" : "\"amount\":\"" + amount + "\","));
    }

    private TestHttp.Answer decide(String token, TestHttp.Answer refund, String decision) {
        return api.send("POST", "/api/billing/refunds/" + refund.json().path("id").asString() + "/decision", token,
                "{\"decision\":\"" + decision + "\"}", "If-Match", refund.header("ETag"));
    }

    @Test
    void anApprovedReversalUndoesThePaymentOpensItsBillsAgainAndVoidsItsReceipt() {
        String unitId = newUnit();
        Bill bill = bill(unitId, "256.80", "2026-11");
        JsonNode payment = deskPayment(agent, unitId, "300.00", "CASH", null).json();
        String paymentId = payment.path("id").asString();
        assertThat(ledger.balanceOf("fa-" + unitId)).isEqualTo(Money.yuan("-43.20"));

        TestHttp.Answer asked = ask(agent, paymentId, "REVERSAL", null);
        assertStatus(asked, 201);
        assertThat(asked.json().path("status").asString()).isEqualTo("REQUESTED");
        assertThat(asked.json().path("amount").asString()).isEqualTo("300.00");
        assertThat(ledger.balanceOf("fa-" + unitId)).as("nothing moves before approval")
                .isEqualTo(Money.yuan("-43.20"));

        TestHttp.Answer approved = decide(finance, asked, "APPROVE");
        assertStatus(approved, 200);
        assertThat(approved.json().path("status").asString()).isEqualTo("COMPLETED");
        assertThat(approved.json().path("reopenedBillIds").get(0).asString()).isEqualTo(bill.id());
        assertThat(ledger.balanceOf("fa-" + unitId)).isEqualTo(Money.yuan("256.80"));
        assertThat(bills.get(bill.id()).status()).isEqualTo(BillStatus.ISSUED);
        assertThat(api.send("GET", "/api/billing/payments/" + paymentId, finance, null).json().path("status")
                .asString()).isEqualTo("REVERSED");
        assertThat(api.send("GET", "/api/billing/receipts/" + payment.path("receiptId").asString(), finance, null)
                .json().path("status").asString()).isEqualTo("VOIDED");

        var completed = published("billing.events", ofType("com.estate.billing.refund.completed.v1", "paymentId",
                paymentId));
        assertThat(data(completed).path("kind").asString()).isEqualTo("REVERSAL");
        assertThat(data(completed).path("approvedBy").asString()).isEqualTo("finance-zhao");
        published("billing.events", ofType("com.estate.billing.receipt.voided.v1", "paymentId", paymentId));
        ProblemAssertions.assertProblem(ask(agent, paymentId, "REVERSAL", null), 422, "payment-not-refundable");
    }

    @Test
    void aRefundPaysBackPrepaidCreditButNeverMoreThanTheCredit() {
        String unitId = newUnit();
        bill(unitId, "200.00", "2026-11");
        String paymentId = deskPayment(agent, unitId, "500.00", "CASH", null).json().path("id").asString();

        ProblemAssertions.assertProblem(ask(finance, paymentId, "REFUND", "300.01"), 422, "refund-exceeds-credit");
        TestHttp.Answer asked = ask(finance, paymentId, "REFUND", "120.00");
        assertStatus(asked, 201);
        ProblemAssertions.assertProblem(decide(finance, asked, "APPROVE"), 422, "approver-is-requester");
        TestHttp.Answer approved = decide(otherFinance, asked, "APPROVE");

        assertStatus(approved, 200);
        assertThat(approved.json().path("status").asString()).isEqualTo("COMPLETED");
        assertThat(ledger.balanceOf("fa-" + unitId)).isEqualTo(Money.yuan("-180.00"));
        var completed = published("billing.events", ofType("com.estate.billing.refund.completed.v1", "refundId",
                asked.json().path("id").asString()));
        assertThat(data(completed).path("amount").asString()).isEqualTo("120.00");
        assertThat(data(completed).path("reopenedBillIds")).isEmpty();
    }

    @Test
    void aRejectedRequestMovesNothingAndEachPaymentIsReversedOnce() {
        String unitId = newUnit();
        bill(unitId, "100.00", "2026-11");
        String paymentId = deskPayment(agent, unitId, "100.00", "CASH", null).json().path("id").asString();
        TestHttp.Answer asked = ask(agent, paymentId, "REVERSAL", null);
        ProblemAssertions.assertProblem(ask(agent, paymentId, "REVERSAL", null), 409, "payment-already-reversed");

        TestHttp.Answer rejected = decide(finance, asked, "REJECT");
        assertStatus(rejected, 200);
        assertThat(rejected.json().path("status").asString()).isEqualTo("REJECTED");
        assertThat(ledger.balanceOf("fa-" + unitId)).isEqualTo(Money.zero());
        ProblemAssertions.assertProblem(decide(finance, rejected, "APPROVE"), 422, "refund-decided");
    }

    @Test
    void onlyFinanceDecidesAndNobodyOutsideTheCommunitySeesARefund() {
        String unitId = newUnit();
        bill(unitId, "100.00", "2026-11");
        String paymentId = deskPayment(agent, unitId, "150.00", "CASH", null).json().path("id").asString();
        TestHttp.Answer asked = ask(agent, paymentId, "REFUND", "50.00");
        String id = asked.json().path("id").asString();

        assertStatus(decide(agent, asked, "APPROVE"), 403);
        assertStatus(ask(residentOf(unitId), paymentId, "REFUND", "1.00"), 403);
        String elsewhere = com.estate.testsupport.TestTokens.get().staff("FINANCE", "c-elsewhere");
        assertStatus(decide(elsewhere, asked, "APPROVE"), 404);
        assertStatus(api.send("GET", "/api/billing/refunds/" + id, residentOf(unitId), null), 200);
        assertStatus(api.send("GET", "/api/billing/refunds/" + id, residentOf(newUnit()), null), 404);
        assertProblem(ask(agent, paymentId, "REFUND", null), 400);
        assertProblem(ask(agent, paymentId, "REVERSAL", "1.00"), 400);
    }
}
