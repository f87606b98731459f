package com.estate.resident.movein;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.estate.contracts.ContractValidator;
import com.estate.platform.core.pii.MainlandIdNumbers;
import com.estate.resident.DeskTest;
import com.estate.testsupport.SampleFiles;
import com.estate.testsupport.TestHttp.Answer;
import com.estate.testsupport.TestTokens;
import com.estate.testsupport.TestUploads;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

/**
 * What the move-in tests start from: a unit of the test's community with its owner registered, and the desk's
 * steps through real HTTP, each sent with the case's current ETag.
 */
abstract class MoveInDesk extends DeskTest {

    static final String FEES_REQUESTED = "com.estate.resident.movein.fees-requested.v1";
    static final String READINGS_RECORDED = "com.estate.resident.movein.meter-readings-recorded.v1";
    static final String DEFECT_REPORTED = "com.estate.resident.movein.defect-reported.v1";
    static final String COMPLETED = "com.estate.resident.movein.completed.v1";
    static final String HANDOVER = "{\"keys\":3,\"residentHandbook\":true,\"waterElectricDrawings\":true}";

    final ContractValidator contracts = new ContractValidator();
    TestUploads uploads;
    String unitId;
    String ownerId;
    String owner;

    @BeforeEach
    void registerOwner() {
        uploads = new TestUploads(port);
        unitId = newUnit(communityId, "5", "5-" + ThreadLocalRandom.current().nextInt(100, 3000));
        ownerId = newResident(unitId, "PERSON", "OWNER");
        owner = TestTokens.get().resident(ownerId, communityId, unitId);
    }

    /** A resident of the test's community registered for the unit. */
    String newResident(String unit, String kind, String relation) {
        String identity = kind.equals("PERSON")
                ? ",\"identityDocument\":{\"type\":\"MAINLAND_ID\",\"number\":\"" + newIdNumber() + "\"}" : "";
        Answer created = api.send("POST", "/api/residents", agent, """
                {"communityId":"%s","kind":"%s","name":"王芳","phone":"139%08d"%s,"unitIds":["%s"],
                 "relation":"%s"}""".formatted(communityId, kind, ThreadLocalRandom.current().nextInt(100_000_000),
                identity, unit, relation));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    static String newIdNumber() {
        String first17 = "110105" + "1980" + "%02d".formatted(1 + ThreadLocalRandom.current().nextInt(12))
                + "%02d".formatted(1 + ThreadLocalRandom.current().nextInt(28))
                + "%03d".formatted(ThreadLocalRandom.current().nextInt(1000));
        return first17 + MainlandIdNumbers.checkCharacter(first17);
    }

    Answer open(boolean withProxy) {
        return api.send("POST", "/api/move-ins", agent, """
                {"unitId":"%s","ownerResidentId":"%s","withProxy":%s}""".formatted(unitId, ownerId, withProxy),
                "Idempotency-Key", UUID.randomUUID().toString());
    }

    String opened() {
        Answer created = open(false);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    JsonNode read(String caseId) {
        Answer answer = api.send("GET", "/api/move-ins/" + caseId, agent, null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    String etag(String caseId) {
        return api.send("GET", "/api/move-ins/" + caseId, agent, null).header("ETag");
    }

    /** A step sent with the case's current ETag. */
    Answer step(String caseId, String step, String token, String body) {
        return api.send("POST", "/api/move-ins/" + caseId + "/" + step, token, body, "If-Match", etag(caseId));
    }

    Answer done(String caseId, String step, String token, String body) {
        Answer answer = step(caseId, step, token, body);
        assertThat(answer.status()).as(step + ": " + answer.body()).isEqualTo(200);
        return answer;
    }

    /** Uploads a PDF (or, for {@code photo}, a JPEG) to the case and returns its attachment id. */
    String upload(String caseId, String kind) {
        Answer uploaded = kind.equals("photo")
                ? uploads.upload("/api/move-ins/" + caseId + "/attachments?kind=photo", agent, "缺陷.jpg", "image/jpeg",
                        SampleFiles.ofSize(SampleFiles.jpeg(), 2048))
                : uploads.upload("/api/move-ins/" + caseId + "/attachments?kind=document", agent, "扫描件.pdf",
                        "application/pdf", SampleFiles.ofSize(SampleFiles.pdf(), 4096));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        return uploaded.json().path("id").asString();
    }

    /** Uploads, attaches and verifies every document of the case's checklist. */
    void throughDocuments(String caseId) {
        for (JsonNode document : read(caseId).path("documents")) {
            String type = document.path("type").asString();
            Answer attached = api.send("PUT", "/api/move-ins/" + caseId + "/documents/" + type, agent,
                    "{\"attachmentId\":\"" + upload(caseId, "document") + "\"}", "If-Match", etag(caseId));
            assertThat(attached.status()).as(attached.body()).isEqualTo(200);
            done(caseId, "documents/" + type + "/verify", agent, null);
        }
    }

    String registrationBody(String caseId) {
        return """
                {"formAttachmentId":"%s","agreements":[
                  {"code":"community-regulations","signedBy":"OWNER","signedOn":"2026-12-01","attachmentId":"%s"},
                  {"code":"property-service-agreement","signedBy":"OWNER","signedOn":"2026-12-01","attachmentId":"%s"}]}"""
                .formatted(upload(caseId, "document"), upload(caseId, "document"), upload(caseId, "document"));
    }

    void throughRegistration(String caseId) {
        throughDocuments(caseId);
        done(caseId, "registration", agent, registrationBody(caseId));
    }

    static String billIssued(String eventId, String billId, String caseId, String unit, String community,
            String total) {
        return """
                {"specversion":"1.0","id":"%s","source":"/billing-service","type":"com.estate.billing.bill.issued.v1",
                 "subject":"fa-%s","time":"2026-12-01T08:00:00Z","datacontenttype":"application/json",
                 "dataschema":"urn:estate:schemas:com.estate.billing.bill.issued.v1","communityid":"%s",
                 "data":{"billId":"%s","accountId":"fa-%s","unitId":"%s","communityId":"%s",
                         "requestedBy":{"kind":"move-in","id":"%s"},
                         "lines":[{"item":"property-management-fee","amount":"%s"}],"total":"%s","currency":"CNY",
                         "dueDate":"2026-12-15","issuedAt":"2026-12-01T08:00:00Z"}}"""
                .formatted(eventId, unit, community, billId, unit, unit, community, caseId, total, total);
    }

    static String billPaid(String eventId, String billId, String caseId, String unit, String community,
            String total) {
        return """
                {"specversion":"1.0","id":"%s","source":"/billing-service","type":"com.estate.billing.bill.paid.v1",
                 "subject":"fa-%s","time":"2026-12-01T09:00:00Z","datacontenttype":"application/json",
                 "dataschema":"urn:estate:schemas:com.estate.billing.bill.paid.v1","communityid":"%s",
                 "data":{"billId":"%s","accountId":"fa-%s","unitId":"%s","communityId":"%s",
                         "requestedBy":{"kind":"move-in","id":"%s"},"total":"%s","currency":"CNY",
                         "paidAt":"2026-12-01T09:00:00Z"}}"""
                .formatted(eventId, unit, community, billId, unit, unit, community, caseId, total);
    }

    static String orderChanged(String eventId, String orderId, String community, String unit, String defectId,
            String status, int revision) {
        return """
                {"specversion":"1.0","id":"%s","source":"/workorder-service",
                 "type":"com.estate.workorder.order.status-changed.v1","subject":"%s","time":"2026-12-02T08:00:00Z",
                 "datacontenttype":"application/json",
                 "dataschema":"urn:estate:schemas:com.estate.workorder.order.status-changed.v1","communityid":"%s",
                 "data":{"orderId":"%s","communityId":"%s","unitId":"%s","category":"plumbing","status":"%s",
                         "origin":{"kind":"movein-defect","id":"%s"},"orderRevision":%d,
                         "changedAt":"2026-12-02T08:00:00Z"}}"""
                .formatted(eventId, orderId, community, orderId, community, unit, status, defectId, revision);
    }

    /** Sends a partner's event, checked against its contract first. */
    void publish(String topic, String key, String event) {
        contracts.assertValid(event);
        kafka.send(topic, key, event);
    }

    JsonNode awaitCase(String caseId, Predicate<JsonNode> condition) {
        return await("move-in " + caseId).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> read(caseId), condition);
    }

    void throughFees(String caseId) {
        throughRegistration(caseId);
        String billId = "bill-" + UUID.randomUUID();
        publish("billing.events", "fa-" + unitId, billIssued(UUID.randomUUID().toString(), billId, caseId, unitId,
                communityId, "1380.00"));
        publish("billing.events", "fa-" + unitId, billPaid(UUID.randomUUID().toString(), billId, caseId, unitId,
                communityId, "1380.00"));
        awaitCase(caseId, c -> c.path("step").asString().equals("HANDOVER"));
    }

    void throughReadings(String caseId) {
        throughFees(caseId);
        done(caseId, "handover", agent, HANDOVER);
        done(caseId, "handover/acknowledge", owner, null);
        done(caseId, "meter-readings", agent, "{\"water\":\"12.345\",\"electricity\":\"1024.5\",\"gas\":\"0\"}");
        done(caseId, "meter-readings/confirm", owner, null);
    }

    String inspectionBody(String caseId, int defects) {
        List<String> findings = new ArrayList<>();
        for (int i = 0; i < defects; i++) {
            findings.add("""
                    {"room":"kitchen","item":"drainage","description":"水槽下水漏水 %d","photoAttachmentIds":["%s"]}"""
                    .formatted(i + 1, upload(caseId, "photo")));
        }
        return "{\"acceptanceFormAttachmentId\":\"" + upload(caseId, "document") + "\",\"defects\":["
                + String.join(",", findings) + "]}";
    }

    /** One text field of every element of an array. */
    static List<String> each(JsonNode array, String field) {
        return array.valueStream().map(element -> element.path(field).asString()).toList();
    }

    static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
