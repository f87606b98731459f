package com.estate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * The desk's move-in steps through the gateway, as resident-service's real endpoints take them: each step with the
 * case's current ETag, the case's files uploaded to it, and a case taken through its first steps to the inspection.
 */
final class MoveInSteps {

    private static final String PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Gateway gateway;
    private final E2eSettings settings;
    private final String admin;

    MoveInSteps(Gateway gateway, E2eSettings settings, String admin) {
        this.gateway = gateway;
        this.settings = settings;
        this.admin = admin;
    }

    /** A case just opened for a new owner of a new unit, in a new community with a monthly property fee. */
    record Opened(String communityId, String unitId, String ownerId, String phone, String caseId) {
    }

    /** A case at its inspection, its fees paid at the desk, its owner logged in. */
    record AtInspection(String communityId, String unitId, String ownerId, String owner, String caseId) {
    }

    Opened open(String label) {
        String communityId = Journey.createdId(gateway.postJson("/api/communities", "{\"name\":\"E2E " + label + " "
                + UUID.randomUUID() + "\"}", admin));
        String unitId = Journey.createdId(gateway.postJson("/api/communities/" + communityId + "/units",
                "{\"building\":\"2\",\"unitNumber\":\"2-1802\",\"floorArea\":\"118.00\"}", admin));
        String phone = "136" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
        String ownerId = Journey.createdId(gateway.postJson("/api/residents", """
                {"communityId":"%s","kind":"PERSON","name":"李娜","phone":"%s",
                 "identityDocument":{"type":"MAINLAND_ID","number":"11010519491231002X"},"unitIds":["%s"],
                 "relation":"OWNER"}""".formatted(communityId, phone, unitId), admin,
                "Idempotency-Key", UUID.randomUUID().toString()));
        Journey.createdId(gateway.postJson("/api/billing/fee-items", """
                {"communityId":"%s","code":"property-management-fee","name":"物业管理费","kind":"PER_AREA",
                 "unitUse":"RESIDENTIAL","unitPrice":"2.50","effectiveFrom":"2020-01-01"}""".formatted(communityId),
                admin, "Idempotency-Key", UUID.randomUUID().toString()));
        String caseId = Journey.createdId(gateway.postJson("/api/move-ins",
                "{\"unitId\":\"" + unitId + "\",\"ownerResidentId\":\"" + ownerId + "\"}", admin,
                "Idempotency-Key", UUID.randomUUID().toString()));
        return new Opened(communityId, unitId, ownerId, phone, caseId);
    }

    /** Steps 1 and 2: every document uploaded and verified, the registration recorded with the signed agreements. */
    void documentsAndRegistration(String caseId) {
        for (JsonNode document : read(caseId).path("documents")) {
            String type = document.path("type").asString();
            Journey.okReply(send("PUT", "/api/move-ins/" + caseId + "/documents/" + type,
                    "{\"attachmentId\":\"" + upload(caseId, "document") + "\"}", admin, etag(caseId)));
            Journey.okReply(step(caseId, "documents/" + type + "/verify", null, admin));
        }
        Journey.okReply(step(caseId, "registration", """
                {"formAttachmentId":"%s","agreements":[
                  {"code":"community-regulations","signedBy":"OWNER","signedOn":"2026-12-01","attachmentId":"%s"},
                  {"code":"property-service-agreement","signedBy":"OWNER","signedOn":"2026-12-01","attachmentId":"%s"}]}"""
                .formatted(upload(caseId, "document"), upload(caseId, "document"), upload(caseId, "document")), admin));
    }

    /** A case opened and taken through documents, registration, fees (paid at the desk), handover and readings. */
    AtInspection toInspection(ResidentCodes codes, String label) throws InterruptedException {
        Opened opened = open(label);
        String caseId = opened.caseId();
        documentsAndRegistration(caseId);
        String billId = awaitCase(caseId, c -> !c.path("fees").path("billId").asString().isEmpty())
                .path("fees").path("billId").asString();
        String cashier = gateway.newStaff(admin, "FINANCE", opened.communityId());
        Reply paid = gateway.postJson("/api/billing/payments", """
                {"method":"DESK","unitId":"%s","amount":"295.00","channel":"CARD","reference":"POS-E2E",
                 "billIds":["%s"]}""".formatted(opened.unitId(), billId), cashier,
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(paid.status()).as("%s", paid).isEqualTo(201);
        awaitCase(caseId, c -> c.path("step").asString().equals("HANDOVER"));
        Journey.okReply(step(caseId, "handover", handover(), admin));
        String owner = codes.logIn(opened.phone());
        Journey.okReply(step(caseId, "handover/acknowledge", null, owner));
        Journey.okReply(step(caseId, "meter-readings", "{\"water\":\"3.200\",\"electricity\":\"15.5\",\"gas\":\"0.8\"}", admin));
        Journey.okReply(step(caseId, "meter-readings/confirm", null, owner));
        return new AtInspection(opened.communityId(), opened.unitId(), opened.ownerId(), owner, caseId);
    }

    static String handover() {
        return "{\"keys\":3,\"residentHandbook\":true,\"waterElectricDrawings\":true}";
    }

    JsonNode read(String caseId) {
        Reply reply = gateway.get("/api/move-ins/" + caseId, admin);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }

    String etag(String caseId) {
        return gateway.get("/api/move-ins/" + caseId, admin).etag();
    }

    Reply step(String caseId, String step, String body, String token) {
        return send("POST", "/api/move-ins/" + caseId + "/" + step, body == null ? "" : body, token, etag(caseId));
    }

    JsonNode awaitCase(String caseId, Predicate<JsonNode> condition) {
        return Eventually.until("move-in " + caseId, () -> read(caseId), condition);
    }

    /** A step with If-Match, by PUT or POST, whatever its body (some steps take none). */
    Reply send(String method, String path, String body, String token, String ifMatch) {
        HttpRequest request = HttpRequest.newBuilder(settings.gateway().resolve(path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json").header("If-Match", ifMatch)
                .method(method, BodyPublishers.ofString(body)).build();
        return exchange(request, method + " " + path);
    }

    /** A small PDF (or, for {@code photo}, a PNG) uploaded to the case; returns its attachment id. */
    String upload(String caseId, String kind) {
        byte[] content = kind.equals("photo") ? png() : PDF.getBytes(StandardCharsets.US_ASCII);
        String boundary = "e2e-" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan."
                + (kind.equals("photo") ? "png" : "pdf") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length() + content.length + tail.length];
        System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, body, 0, head.length());
        System.arraycopy(content, 0, body, head.length(), content.length);
        System.arraycopy(tail, 0, body, head.length() + content.length, tail.length);
        String path = "/api/move-ins/" + caseId + "/attachments?kind=" + kind;
        HttpRequest request = HttpRequest.newBuilder(settings.gateway().resolve(path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(BodyPublishers.ofByteArray(body)).build();
        Reply reply = exchange(request, "POST " + path);
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.json().path("id").asString();
    }

    private static byte[] png() {
        byte[] png = new byte[64];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(signature, 0, png, 0, signature.length);
        return png;
    }

    private Reply exchange(HttpRequest request, String description) {
        try {
            var response = http.send(request, BodyHandlers.ofString());
            var headers = response.headers();
            return new Reply(description, response.statusCode(), headers.firstValue("Content-Type").orElse(""),
                    headers.firstValue("WWW-Authenticate").orElse(""), headers.firstValue("ETag").orElse(""),
                    headers.firstValue("Retry-After").orElse(""), response.body());
        } catch (IOException e) {
            throw new AssertionError(description + " could not reach " + settings.gateway(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(description + " was interrupted", e);
        }
    }
}
