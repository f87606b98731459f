package com.estate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * House custody through the gateway: the desk registers a unit and its owner, files the signed agreement among the
 * unit's documents and puts the unit in custody with the start readings; a reading beyond the community's water
 * threshold shows as an anomaly on the record; a heavy-rain alert asks a patrol before and after the rain, visible
 * on the record; ending the custody puts the unit back to the status custody replaced.
 */
class CustodyE2E {

    /** A valid mainland ID number (GB 11643 check character); the community is new, so it is free there. */
    private static final String ID_NUMBER = "11010519491231002X";

    private static E2eSettings settings;
    private static Gateway gateway;
    private static String adminToken;

    @BeforeAll
    static void logIn() {
        settings = E2eSettings.fromSystemProperties();
        gateway = new Gateway(settings.gateway());
        adminToken = gateway.login("admin", settings.adminPassword());
    }

    @Test
    void aUnitGoesIntoCustodyShowsAnAnomalyAndPatrolsAndComesBack() {
        String communityId = created(gateway.postJson("/api/communities",
                "{\"name\":\"E2E 托管 " + UUID.randomUUID() + "\"}", adminToken));
        String unitId = created(gateway.postJson("/api/communities/" + communityId + "/units",
                "{\"building\":\"6\",\"unitNumber\":\"6-602\",\"floorArea\":\"88.00\"}", adminToken));
        String phone = "136" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
        String ownerId = created(gateway.postJson("/api/residents", """
                {"communityId":"%s","kind":"PERSON","name":"李华","phone":"%s",
                 "identityDocument":{"type":"MAINLAND_ID","number":"%s"},"unitIds":["%s"],"relation":"OWNER"}"""
                .formatted(communityId, phone, ID_NUMBER, unitId), adminToken,
                "Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(unitStatus(unitId)).isEqualTo("VACANT");
        String agreementId = uploadAgreement(gateway, adminToken, unitId);

        Reply started = gateway.postJson("/api/custody", """
                {"unitId":"%s","ownerResidentId":"%s","agreementAttachmentId":"%s",
                 "startReadings":{"water":"120.5","electricity":"3400.0"}}"""
                .formatted(unitId, ownerId, agreementId), adminToken, "Idempotency-Key", UUID.randomUUID().toString());
        String custodyId = created(started);
        assertThat(unitStatus(unitId)).isEqualTo("IN_CUSTODY");

        // +5.5 m³ of water: beyond the default 5
        Reply read = gateway.postJson("/api/custody/" + custodyId + "/readings",
                "{\"water\":\"126.0\",\"electricity\":\"3410.0\"}", adminToken, "If-Match", started.etag());
        assertThat(read.status()).as("%s", read).isEqualTo(200);
        JsonNode afterReading = custody(custodyId);
        assertThat(afterReading.path("anomalyDetected").asBoolean()).as("%s", afterReading).isTrue();
        assertThat(afterReading.path("readings").get(0).path("exceeded").get(0).path("meter").asString())
                .isEqualTo("WATER");

        Reply alert = gateway.postJson("/api/communities/" + communityId + "/heavy-rain-alerts",
                "{\"expectedFrom\":\"2026-07-10T18:00:00+08:00\",\"expectedUntil\":\"2026-07-11T06:00:00+08:00\"}",
                adminToken, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(created(alert)).isNotBlank();
        JsonNode afterAlert = custody(custodyId);
        assertThat(afterAlert.path("patrolRequests").valueStream().map(r -> r.path("reason").asString()))
                .as("%s", afterAlert).contains("BEFORE_HEAVY_RAIN", "AFTER_HEAVY_RAIN");

        Reply current = gateway.get("/api/custody/" + custodyId, adminToken);
        Reply ended = gateway.postJson("/api/custody/" + custodyId + "/end", "{}", adminToken, "If-Match",
                current.etag());
        assertThat(ended.status()).as("%s", ended).isEqualTo(200);
        assertThat(ended.json().path("status").asString()).isEqualTo("ENDED");
        assertThat(unitStatus(unitId)).isEqualTo("VACANT");
    }

    private static JsonNode custody(String custodyId) {
        Reply reply = gateway.get("/api/custody/" + custodyId, adminToken);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }

    private static String unitStatus(String unitId) {
        Reply unit = gateway.get("/api/units/" + unitId, adminToken);
        assertThat(unit.status()).as("%s", unit).isEqualTo(200);
        return unit.json().path("status").asString();
    }

    /** The signed agreement as a PDF among the unit's documents, uploaded through the gateway. */
    static String uploadAgreement(Gateway gateway, String token, String unitId) {
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
        Reply uploaded = gateway.upload("/api/units/" + unitId + "/attachments?kind=document", token, "agreement.pdf",
                "application/pdf", pdf);
        assertThat(uploaded.status()).as("%s", uploaded).isEqualTo(201);
        return uploaded.json().path("id").asString();
    }

    private static String created(Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        String id = reply.json().path("id").asString();
        assertThat(id).as("%s", reply).isNotBlank();
        return id;
    }
}
