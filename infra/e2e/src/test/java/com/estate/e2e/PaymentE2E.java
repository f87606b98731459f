package com.estate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A resident pays their move-in bill online through the gateway: the desk registers the owner's move-in case,
 * billing bills the fees resident-service asks for (its real request, for a case that exists), the resident
 * starts an online WeChat Pay payment, pays it on the simulated provider's page, the provider's signed callback
 * confirms it, and the receipt downloads as a PDF in Chinese. A forged callback, sent through the gateway without a
 * token as a provider sends it, is refused by billing's signature check.
 */
class PaymentE2E extends Journey {


    @Test
    void aResidentPaysABillOnlineAndDownloadsTheReceipt() throws Exception {
        String communityId = id(gateway.postJson("/api/communities", "{\"name\":\"E2E 缴费 " + UUID.randomUUID()
                + "\"}", admin));
        String unitId = id(gateway.postJson("/api/communities/" + communityId + "/units",
                "{\"building\":\"7\",\"unitNumber\":\"7-0601\",\"floorArea\":\"95.00\"}", admin));
        String phone = "137" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
        String ownerId = id(gateway.postJson("/api/residents", """
                {"communityId":"%s","kind":"PERSON","name":"陈静","phone":"%s",
                 "identityDocument":{"type":"MAINLAND_ID","number":"11010519491231002X"},"unitIds":["%s"],
                 "relation":"OWNER"}""".formatted(communityId, phone, unitId), admin,
                "Idempotency-Key", UUID.randomUUID().toString()));
        // one month of the property fee is the move-in's bill: 95.00 m² × 4.00 yuan = 380.00
        ok(gateway.postJson("/api/billing/fee-items", """
                {"communityId":"%s","code":"property-management-fee","name":"物业管理费","kind":"PER_AREA",
                 "unitUse":"RESIDENTIAL","unitPrice":"4.00","effectiveFrom":"2020-01-01"}""".formatted(communityId),
                admin, "Idempotency-Key", UUID.randomUUID().toString()));
        // the desk opens the owner's move-in case and registers it: resident-service asks billing for its fees
        String caseId = id(gateway.postJson("/api/move-ins",
                "{\"unitId\":\"" + unitId + "\",\"ownerResidentId\":\"" + ownerId + "\"}", admin,
                "Idempotency-Key", UUID.randomUUID().toString()));
        MoveInDesk desk = new MoveInDesk(gateway, admin);
        desk.documentsAndRegistration(caseId);

        String resident = codes.logIn(phone);
        JsonNode bill = Eventually.until("the move-in bill", () -> gateway.get("/api/billing/bills?accountId=fa-"
                + unitId, resident).json().path("items"), items -> !items.isEmpty()).get(0);
        assertThat(bill.path("total").asString()).isEqualTo("380.00");

        // the resident pays online: the amount is what the bill owes, the provider's page takes the money
        Reply started = gateway.postJson("/api/billing/payments", """
                {"method":"ONLINE","unitId":"%s","channel":"WECHAT_PAY"}""".formatted(unitId), resident,
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(started.status()).as("%s", started).isEqualTo(201);
        JsonNode payment = started.json();
        assertThat(payment.path("status").asString()).isEqualTo("PENDING");
        assertThat(payment.path("amount").asString()).isEqualTo("380.00");
        String payUrl = payment.path("payUrl").asString();
        assertThat(gateway.get(payUrl, resident).json().path("amount").asString()).isEqualTo("380.00");
        ok(gateway.postJson(payUrl + "/pay", "{}", resident));

        String paymentId = payment.path("id").asString();
        JsonNode settled = Eventually.until("the provider's callback settles the payment",
                () -> gateway.get("/api/billing/payments/" + paymentId, resident).json(),
                p -> "SETTLED".equals(p.path("status").asString()));
        assertThat(settled.path("reference").asString()).startsWith("SIM");
        assertThat(gateway.get("/api/billing/bills/" + bill.path("id").asString(), resident).json()
                .path("status").asString()).isEqualTo("PAID");

        desk.await(caseId, c -> "HANDOVER".equals(c.path("step").asString()));

        // the receipt, printed in Chinese
        HttpResponse<byte[]> pdf = gateway.download(settled.path("receiptPdf").asString(), resident, "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("收费票据",
                    settled.path("receiptNumber").asString(), "7栋 7-0601", "微信支付", "380.00", "叁佰捌拾元整");
        }

        // a callback comes without a token: the gateway lets it through, billing refuses a forged one
        Reply forged = gateway.post("/api/billing/payments/callback/simulated", "application/json",
                "{\"tradeNo\":\"" + paymentId + "\",\"state\":\"FAILED\"}", null);
        assertThat(forged.status()).as("%s", forged).isEqualTo(401);
        assertThat(forged.json().path("code").asString()).isEqualTo("invalid-payment-callback");
    }

    private static Reply ok(Reply reply) {
        assertThat(reply.status()).as("%s", reply).isBetween(200, 299);
        return reply;
    }

    private static String id(Reply reply) {
        return ok(reply).json().path("id").asString();
    }
}
