package com.estate.billing.payment;

import static com.estate.testsupport.KafkaTestClient.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.estate.billing.MoneyDeskTest;
import com.estate.billing.bill.Bill;
import com.estate.billing.bill.BillStatus;
import com.estate.testsupport.ProblemAssertions;
import com.estate.testsupport.TestHttp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A resident pays online through the simulated provider: the payment waits for the provider's signed, asynchronous
 * callback, which confirms it once however often and in whatever order callbacks arrive; a forged one confirms
 * nothing; a payment whose callback never came is found by the status query.
 */
class OnlinePaymentsTest extends MoneyDeskTest {

    private static final String SECRET = "simulated-provider-shared-secret";

    @Autowired
    PaymentFollowUp followUp;

    private JsonNode start(String unitId) {
        TestHttp.Answer started = post("/api/billing/payments", residentOf(unitId), """
                {"method":"ONLINE","unitId":"%s","channel":"WECHAT_PAY"}""".formatted(unitId));
        assertStatus(started, 201);
        return started.json();
    }

    private JsonNode pay(String unitId, JsonNode payment, String outcome) {
        TestHttp.Answer paid = api.send("POST", payment.path("payUrl").asString() + "/pay", residentOf(unitId),
                outcome == null ? null : "{\"outcome\":\"" + outcome + "\"}");
        assertStatus(paid, 200);
        return paid.json();
    }

    private JsonNode awaitStatus(String paymentId, String status) {
        return await("payment " + paymentId + " " + status).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> api.send("GET", "/api/billing/payments/" + paymentId, finance, null).json(),
                        payment -> status.equals(payment.path("status").asString()));
    }

    @Test
    void theProvidersCallbackConfirmsAnOnlinePaymentOfTheOpenBills() {
        String unitId = newUnit();
        Bill october = bill(unitId, "256.80", "2026-10");
        Bill november = bill(unitId, "256.80", "2026-11");

        JsonNode payment = start(unitId);
        assertThat(payment.path("status").asString()).isEqualTo("PENDING");
        assertThat(payment.path("amount").asString()).as("what the bills owe").isEqualTo("513.60");
        assertThat(payment.path("provider").asString()).isEqualTo("simulated");
        assertThat(payment.path("payUrl").asString()).startsWith("/api/billing/simulated-provider/orders/");
        JsonNode page = api.send("GET", payment.path("payUrl").asString(), residentOf(unitId), null).json();
        assertThat(page.path("amount").asString()).isEqualTo("513.60");
        assertThat(page.path("state").asString()).isEqualTo("PENDING");

        pay(unitId, payment, null);
        JsonNode settled = awaitStatus(payment.path("id").asString(), "SETTLED");

        assertThat(settled.path("reference").asString()).startsWith("SIM");
        assertThat(settled.path("receiptNumber").asString()).isNotBlank();
        assertThat(bills.get(october.id()).status()).isEqualTo(BillStatus.PAID);
        assertThat(bills.get(november.id()).status()).isEqualTo(BillStatus.PAID);
        var received = published("billing.events", ofType("com.estate.billing.payment.received.v1", "paymentId",
                payment.path("id").asString()));
        assertThat(data(received).path("method").asString()).isEqualTo("ONLINE");
        assertThat(data(received).path("provider").asString()).isEqualTo("simulated");
        assertThat(data(received).path("channel").asString()).isEqualTo("WECHAT_PAY");
    }

    @Test
    void duplicateAndOutOfOrderCallbacksConfirmOnce() {
        String unitId = newUnit();
        bill(unitId, "88.00", "2026-11");
        JsonNode duplicated = start(unitId);
        pay(unitId, duplicated, "DUPLICATE_CALLBACKS");
        awaitStatus(duplicated.path("id").asString(), "SETTLED");

        String other = newUnit();
        bill(other, "66.00", "2026-11");
        JsonNode outOfOrder = start(other);
        pay(other, outOfOrder, "OUT_OF_ORDER");
        awaitStatus(outOfOrder.path("id").asString(), "SETTLED");

        // the late FAILED notice of OUT_OF_ORDER and the second callback have been answered by now
        String stale = notice(outOfOrder.path("id").asString(), "FAILED", null, null);
        assertStatus(callback(stale, sign(stale)), 200);
        assertThat(awaitStatus(outOfOrder.path("id").asString(), "SETTLED").path("status").asString())
                .isEqualTo("SETTLED");
        // both callbacks of DUPLICATE_CALLBACKS left at once; one payment.received, however long we look
        await("one payment.received for two callbacks").during(Duration.ofMillis(1500))
                .atMost(Duration.ofSeconds(20)).until(() -> kafka.readAll("billing.events", Duration.ofMillis(500))
                        .stream().filter(ofType("com.estate.billing.payment.received.v1", "paymentId",
                                duplicated.path("id").asString())).count(), count -> count == 1);
    }

    @Test
    void aCallbackWithABadSignatureOrAStaleTimestampConfirmsNothing() {
        String unitId = newUnit();
        bill(unitId, "50.00", "2026-11");
        JsonNode payment = start(unitId);
        String id = payment.path("id").asString();
        String forged = notice(id, "PAID", "FORGED-1", "50.00");

        ProblemAssertions.assertProblem(callback(forged, new Signed(now(), "n1", "bm90IGEgc2lnbmF0dXJl")), 401,
                "invalid-payment-callback");
        ProblemAssertions.assertProblem(api.send("POST", "/api/billing/payments/callback/simulated", null, forged), 401, "invalid-payment-callback");
        String old = Long.toString(Instant.now().minus(Duration.ofHours(1)).getEpochSecond());
        ProblemAssertions.assertProblem(callback(forged, new Signed(old, "n2", hmac(old, "n2", forged))), 401,
                "invalid-payment-callback");
        String cheaper = notice(id, "PAID", "T-2", "0.01");
        ProblemAssertions.assertProblem(callback(cheaper, sign(cheaper)), 422, "callback-amount-mismatch");
        assertProblem(api.send("POST", "/api/billing/payments/callback/no-such-provider", null, forged), 404);

        assertThat(statusOf(id))
                .isEqualTo("PENDING");
    }

    @Test
    void aPaymentWhoseCallbackNeverCameIsFoundByTheStatusQuery() {
        String unitId = newUnit();
        bill(unitId, "120.00", "2026-11");
        JsonNode payment = start(unitId);
        pay(unitId, payment, "NO_CALLBACK");
        String id = payment.path("id").asString();
        assertThat(statusOf(id))
                .isEqualTo("PENDING");

        clock.advance(Duration.ofMinutes(3));
        followUp.run();

        assertThat(statusOf(id))
                .isEqualTo("SETTLED");
    }

    @Test
    void aDeclinedPaymentFailsAndAnUnpaidOneExpires() {
        String unitId = newUnit();
        bill(unitId, "20.00", "2026-11");
        JsonNode declined = start(unitId);
        pay(unitId, declined, "DECLINED");
        awaitStatus(declined.path("id").asString(), "FAILED");

        JsonNode forgotten = start(unitId);
        clock.advance(Duration.ofMinutes(31));
        followUp.run();
        assertThat(statusOf(forgotten.path("id").asString())).isEqualTo("EXPIRED");
        ProblemAssertions.assertProblem(api.send("POST", forgotten.path("payUrl").asString() + "/pay",
                residentOf(unitId), null), 422, "simulated-order-closed");
    }

    @Test
    void residentsPayOnlyTheirOwnBillsAndNeverSetTheAmount() {
        String unitId = newUnit();
        Bill bill = bill(unitId, "20.00", "2026-11");
        assertStatus(post("/api/billing/payments", residentOf(newUnit()), """
                {"method":"ONLINE","unitId":"%s","channel":"WECHAT_PAY"}""".formatted(unitId)), 404);
        assertProblem(post("/api/billing/payments", residentOf(unitId), """
                {"method":"ONLINE","unitId":"%s","channel":"ALIPAY","amount":"0.01"}""".formatted(unitId)), 400);
        ProblemAssertions.assertProblem(post("/api/billing/payments", residentOf(unitId), """
                {"method":"ONLINE","unitId":"%s","channel":"CASH"}""".formatted(unitId)), 422,
                "payment-channel-not-online");
        assertStatus(post("/api/billing/payments", agent, """
                {"method":"ONLINE","unitId":"%s","channel":"ALIPAY"}""".formatted(unitId)), 403);
        JsonNode chosen = post("/api/billing/payments", residentOf(unitId), """
                {"method":"ONLINE","unitId":"%s","channel":"ALIPAY","billIds":["%s"]}""".formatted(unitId, bill.id()))
                .json();
        assertThat(chosen.path("amount").asString()).isEqualTo("20.00");
        String nothingOpen = newUnit();
        ProblemAssertions.assertProblem(post("/api/billing/payments", residentOf(nothingOpen), """
                {"method":"ONLINE","unitId":"%s","channel":"ALIPAY"}""".formatted(nothingOpen)), 422, "nothing-to-pay");
    }

    private String statusOf(String paymentId) {
        return api.send("GET", "/api/billing/payments/" + paymentId, finance, null).json().path("status").asString();
    }

    private record Signed(String timestamp, String nonce, String signature) {
    }

    private static String now() {
        return Long.toString(Instant.now().getEpochSecond());
    }

    private Signed sign(String body) {
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String nonce = UUID.randomUUID().toString();
        return new Signed(timestamp, nonce, hmac(timestamp, nonce, body));
    }

    private static String hmac(String timestamp, String nonce, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal((timestamp + "\n" + nonce + "\n" + body + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String notice(String tradeNo, String state, String transactionId, String amount) {
        return "{\"tradeNo\":\"%s\",\"state\":\"%s\",\"transactionId\":%s,\"amount\":%s,\"paidAt\":null}".formatted(
                tradeNo, state, transactionId == null ? "null" : "\"" + transactionId + "\"",
                amount == null ? "null" : "\"" + amount + "\"");
    }

    private TestHttp.Answer callback(String body, Signed signed) {
        return api.send("POST", "/api/billing/payments/callback/simulated", null, body,
                "X-Simulated-Timestamp", signed.timestamp(), "X-Simulated-Nonce", signed.nonce(),
                "X-Simulated-Signature", signed.signature());
    }
}
