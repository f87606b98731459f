package com.estate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * The desk's side of a move-in case (入住) through the gateway: each step sent with the case's current
 * {@code If-Match}, the scans and photos uploaded to the case, and the first two steps as the desk does them, after
 * which resident-service asks billing for the case's fees.
 */
final class MoveInDesk {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private final Gateway gateway;
    private final String desk;

    /** @param desk the token the desk's steps are sent with */
    MoveInDesk(Gateway gateway, String desk) {
        this.gateway = gateway;
        this.desk = desk;
    }

    JsonNode read(String caseId) {
        Reply reply = gateway.get("/api/move-ins/" + caseId, desk);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }

    String etag(String caseId) {
        return gateway.get("/api/move-ins/" + caseId, desk).etag();
    }

    /** {@code POST /api/move-ins/{id}/{step}} by {@code token}, at the case's current revision. */
    Reply step(String caseId, String step, String body, String token) {
        return gateway.sendJson("POST", "/api/move-ins/" + caseId + "/" + step, body == null ? "" : body, token,
                "If-Match", etag(caseId));
    }

    /** {@code PUT /api/move-ins/{id}/{path}} by the desk, at the case's current revision. */
    Reply put(String caseId, String path, String body) {
        return gateway.sendJson("PUT", "/api/move-ins/" + caseId + "/" + path, body, desk, "If-Match", etag(caseId));
    }

    JsonNode await(String caseId, Predicate<JsonNode> condition) {
        return Eventually.until("move-in " + caseId, () -> read(caseId), condition);
    }

    /** A small PDF (or, for {@code photo}, a PNG) uploaded to the case; returns its attachment id. */
    String upload(String caseId, String kind) {
        boolean photo = kind.equals("photo");
        Reply reply = gateway.upload("/api/move-ins/" + caseId + "/attachments?kind=" + kind, desk,
                photo ? "scan.png" : "scan.pdf", "application/octet-stream", photo ? png() : PDF);
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.json().path("id").asString();
    }

    /**
     * Steps 1 and 2: every document of the case's checklist uploaded and verified, then the registration form and
     * the signed agreements, on which resident-service asks billing for the fees ({@code movein.fees-requested}).
     */
    void documentsAndRegistration(String caseId) {
        for (JsonNode document : read(caseId).path("documents")) {
            String type = document.path("type").asString();
            ok(put(caseId, "documents/" + type, "{\"attachmentId\":\"" + upload(caseId, "document") + "\"}"));
            ok(step(caseId, "documents/" + type + "/verify", null, desk));
        }
        ok(step(caseId, "registration", """
                {"formAttachmentId":"%s","agreements":[
                  {"code":"community-regulations","signedBy":"OWNER","signedOn":"2026-12-01","attachmentId":"%s"},
                  {"code":"property-service-agreement","signedBy":"OWNER","signedOn":"2026-12-01","attachmentId":"%s"}]}"""
                .formatted(upload(caseId, "document"), upload(caseId, "document"), upload(caseId, "document")), desk));
    }

    private static Reply ok(Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply;
    }

    private static byte[] png() {
        byte[] png = new byte[64];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(signature, 0, png, 0, signature.length);
        return png;
    }
}
