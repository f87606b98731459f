package com.estate.billing.receipt;

import static com.estate.testsupport.KafkaTestClient.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.estate.billing.MoneyDeskTest;
import com.estate.billing.receipt.persistence.UnitAddressDocument;
import com.estate.testsupport.ProblemAssertions;
import com.estate.testsupport.TestHttp;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Receipts as the payer and finance see them: printed in Chinese, reprinted as copies, voided by two people. */
class ReceiptsTest extends MoneyDeskTest {

    private JsonNode paidReceipt(String unitId) {
        bill(unitId, "256.80", "2026-11");
        TestHttp.Answer paid = deskPayment(agent, unitId, "300.00", "WECHAT_PAY", "\"reference\":\"4200001234\"");
        assertStatus(paid, 201);
        TestHttp.Answer receipt = api.send("GET", "/api/billing/receipts/" + paid.json().path("receiptId").asString(),
                finance, null);
        assertStatus(receipt, 200);
        return receipt.json();
    }

    /** resident-service registers the unit: billing learns where it is, for its receipts. */
    private void registered(String unitId, String building, String entrance, String unitNumber) {
        String event = """
            {"specversion":"1.0","id":"%s","source":"/resident-service","type":"com.estate.resident.unit.registered.v1",
             "subject":"%s","time":"2026-11-26T08:00:00Z","datacontenttype":"application/json",
             "dataschema":"urn:estate:schemas:com.estate.resident.unit.registered.v1","communityid":"%s",
             "data":{"unitId":"%s","communityId":"%s","building":"%s","entrance":"%s","unitNumber":"%s",
                     "floorArea":"89.50","registeredAt":"2026-11-26T08:00:00Z"}}
            """.formatted(UUID.randomUUID(), unitId, communityId, unitId, communityId, building, entrance, unitNumber);
        contracts.assertValid(event);
        kafka.send("resident.events", unitId, event);
        await("the address of " + unitId).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> mongo.findById(unitId, UnitAddressDocument.class), address -> address != null
                        && address.printed() != null);
    }

    @Test
    void theReceiptPrintsInChineseAndEveryReprintIsMarkedAsACopy() throws IOException {
        String unitId = newUnit();
        registered(unitId, "3", "2", "1502");
        JsonNode receipt = paidReceipt(unitId);
        String pdfPath = receipt.path("pdf").asString();

        Download original = download(pdfPath, residentOf(unitId));
        assertThat(original.status()).isEqualTo(200);
        assertThat(original.contentType()).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(original.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("收费票据", "票据号 No. " + receipt.path("number").asString(), "张三丰",
                    "3栋2单元 1502", "微信支付", "4200001234", "物业管理费 2026-11", "256.80", "预收款", "43.20", "¥300.00", "叁佰元整");
            assertThat(text).doesNotContain("副本");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72);
            assertThat(darkShare(page)).as("the page shows text").isBetween(0.005, 0.3);
            Path png = Path.of("target", "pdf-preview", "receipt.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png", png.toFile());
        }

        Download reprint = download(pdfPath, finance);
        try (PDDocument document = Loader.loadPDF(reprint.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("副本 COPY", "收费票据",
                    receipt.path("number").asString());
            Path png = Path.of("target", "pdf-preview", "receipt-copy.png");
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png", png.toFile());
        }
        assertThat(original.body().length).as("a subset of the font, not all 10 MB").isLessThan(200 * 1024);
    }

    @Test
    void onlyTheHouseholdAndTheCommunitysStaffSeeAReceipt() {
        String unitId = newUnit();
        JsonNode receipt = paidReceipt(unitId);
        String id = receipt.path("id").asString();

        assertStatus(api.send("GET", "/api/billing/receipts/" + id, residentOf(unitId), null), 200);
        assertStatus(api.send("GET", "/api/billing/receipts/" + id, residentOf(newUnit()), null), 404);
        assertThat(download(receipt.path("pdf").asString(), residentOf(newUnit())).status()).isEqualTo(404);
        String elsewhere = com.estate.testsupport.TestTokens.get().staff("FINANCE", "c-elsewhere");
        assertStatus(api.send("GET", "/api/billing/receipts/" + id, elsewhere, null), 404);
        assertStatus(api.send("GET", "/api/billing/receipts/" + id, staff("SECURITY", "guard-1"), null), 403);
        assertThat(api.send("GET", "/api/billing/receipts?unitId=" + unitId, residentOf(unitId), null).json()
                .path("total").asLong()).isEqualTo(1);
        assertThat(api.send("GET", "/api/billing/receipts?communityId=" + communityId, residentOf(newUnit()), null)
                .json().path("total").asLong()).isZero();
    }

    @Test
    void aVoidIsAskedForByTheDeskAndApprovedByFinanceButNotByWhoeverAsked() throws IOException {
        String unitId = newUnit();
        JsonNode receipt = paidReceipt(unitId);
        String id = receipt.path("id").asString();
        String number = receipt.path("number").asString();
        String etag = api.send("GET", "/api/billing/receipts/" + id, finance, null).header("ETag");

        TestHttp.Answer asked = api.send("POST", "/api/billing/receipts/" + id + "/void-request", finance,
                "{\"reason\":\"缴款人姓名写错\"}", "If-Match", etag);
        assertStatus(asked, 200);
        assertThat(asked.json().path("status").asString()).isEqualTo("VOID_REQUESTED");

        ProblemAssertions.assertProblem(api.send("POST", "/api/billing/receipts/" + id + "/void-decision", finance,
                "{\"decision\":\"APPROVE\"}", "If-Match", asked.header("ETag")), 422, "approver-is-requester");
        assertStatus(api.send("POST", "/api/billing/receipts/" + id + "/void-decision", agent,
                "{\"decision\":\"APPROVE\"}", "If-Match", asked.header("ETag")), 403);
        assertStatus(api.send("POST", "/api/billing/receipts/" + id + "/void-decision", otherFinance,
                "{\"decision\":\"APPROVE\"}", "If-Match", etag), 412);

        TestHttp.Answer voided = api.send("POST", "/api/billing/receipts/" + id + "/void-decision", otherFinance,
                "{\"decision\":\"APPROVE\"}", "If-Match", asked.header("ETag"));
        assertStatus(voided, 200);
        assertThat(voided.json().path("status").asString()).isEqualTo("VOIDED");
        assertThat(voided.json().path("number").asString()).isEqualTo(number);
        assertThat(voided.json().path("voiding").path("approvedBy").asString()).isEqualTo("finance-qian");

        var event = published("billing.events", ofType("com.estate.billing.receipt.voided.v1", "receiptId", id));
        assertThat(data(event).path("receiptNumber").asString()).isEqualTo(number);
        assertThat(event.value()).doesNotContain("缴款人姓名写错");
        try (PDDocument document = Loader.loadPDF(download(receipt.path("pdf").asString(), finance).body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("作废 VOID");
        }

        // the next receipt of the community takes the next number: a voided one is never reused
        String next = deskPayment(agent, newUnit(), "10.00", "CASH", null).json().path("receiptNumber").asString();
        assertThat(sequenceOf(next)).isEqualTo(sequenceOf(number) + 1);
    }

    @Test
    void aVoidNeedsItsReasonAndItsETag() {
        String id = paidReceipt(newUnit()).path("id").asString();
        String etag = api.send("GET", "/api/billing/receipts/" + id, finance, null).header("ETag");
        ProblemAssertions.assertProblem(api.send("POST", "/api/billing/receipts/" + id + "/void-request", agent,
                "{\"reason\":\"x\"}"), 428, "precondition-required");
        assertProblem(api.send("POST", "/api/billing/receipts/" + id + "/void-request", agent,
                "{\"reason\":\" \"}", "If-Match", etag), 400);
        ProblemAssertions.assertProblem(api.send("POST", "/api/billing/receipts/" + id + "/void-decision",
                otherFinance, "{\"decision\":\"APPROVE\"}", "If-Match", etag), 422, "receipt-void-not-requested");
    }

    private static long sequenceOf(String number) {
        return Long.parseLong(number.substring(number.indexOf('-') + 1));
    }

    private static double darkShare(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16 & 0xFF) * 299 + (rgb >> 8 & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000 < 128) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) image.getWidth() * image.getHeight());
    }
}
