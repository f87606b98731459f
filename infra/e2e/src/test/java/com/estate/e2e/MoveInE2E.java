package com.estate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A move-in (入住) through every step, through the gateway: the desk registers the owner and opens the case, uploads
 * and verifies the documents, records the registration; billing-service prices the fees request from the
 * community's fee schedule and issues the case's bill, which a cashier takes at the desk; keys are handed over and
 * the owner, logged in by one-time code, acknowledges them and confirms the meter readings; the inspection finds a
 * defect, for which workorder-service opens a work order that a technician repairs; the desk books the re-inspection, the owner signs it off, the desk completes the
 * case, and the unit is occupied.
 */
class MoveInE2E extends Journey {

    @Test
    void anOwnerMovesInThroughEveryStep() throws Exception {
        MoveInSteps.Opened opened = steps().open("入住");
        String communityId = opened.communityId();
        String unitId = opened.unitId();
        String phone = opened.phone();
        String caseId = opened.caseId();

        // 1. documents, 2. registration
        MoveInDesk desk = new MoveInDesk(gateway, admin);
        desk.documentsAndRegistration(caseId);

        // 3. fees: billing prices the request from the community's schedule and issues the case's bill; paid at the
        // desk, it lets the keys go
        desk.await(caseId, c -> !c.path("fees").path("billId").asString().isEmpty());
        JsonNode unpaid = desk.read(caseId);
        String billId = unpaid.path("fees").path("billId").asString();
        JsonNode bill = gateway.get("/api/billing/bills/" + billId, admin).json();
        assertThat(bill.path("total").asString()).isEqualTo("295.00"); // 118.00 m² × 2.50 yuan, one month
        assertThat(unpaid.path("fees").path("total").asString()).isEqualTo("295.00");
        Reply early = desk.step(caseId, "handover", handover(), admin);
        assertThat(early.status()).as("%s", early).isEqualTo(409);
        assertThat(early.json().path("billId").asString()).isEqualTo(billId);
        String cashier = gateway.newStaff(admin, "FINANCE", communityId);
        Reply paid = gateway.postJson("/api/billing/payments", """
                {"method":"DESK","unitId":"%s","amount":"295.00","channel":"CARD","reference":"POS-E2E",
                 "billIds":["%s"]}""".formatted(unitId, billId), cashier,
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(paid.status()).as("%s", paid).isEqualTo(201);
        desk.await(caseId, c -> c.path("step").asString().equals("HANDOVER"));

        // 4. handover and 5. readings, acknowledged and confirmed by the owner
        ok(desk.step(caseId, "handover", handover(), admin));
        String owner = codes.logIn(phone);
        ok(desk.step(caseId, "handover/acknowledge", null, owner));
        ok(desk.step(caseId, "meter-readings", "{\"water\":\"3.200\",\"electricity\":\"15.5\",\"gas\":\"0.8\"}", admin));
        ok(desk.step(caseId, "meter-readings/confirm", null, owner));

        // 6. inspection with a defect; workorder-service completes its order
        String photo = desk.upload(caseId, "photo");
        ok(desk.step(caseId, "inspection", """
                {"acceptanceFormAttachmentId":"%s","defects":[{"room":"bathroom","item":"waterproofing",
                 "description":"淋浴区墙角渗水","photoAttachmentIds":["%s"]}]}"""
                .formatted(desk.upload(caseId, "document"), photo), admin));
        String defectId = caseId + ":1";
        // workorder-service opened one work order for the defect; the desk covers it under the developer's warranty,
        // a technician repairs it, and its completion reaches the case
        String supervisor = gateway.newStaff(admin, "CS_SUPERVISOR", communityId);
        String technician = gateway.newStaff(admin, "TECHNICIAN", communityId);
        String technicianId = accountIdOf(technician);
        ok(gateway.sendJson("PUT", "/api/work-orders/technicians/" + technicianId, """
                {"name":"王师傅","skills":["leak","plumbing","decoration"],"communities":["%s"]}"""
                .formatted(communityId), supervisor, "If-Match", "\"0\""));
        JsonNode order = Eventually.until("the work order of defect " + defectId,
                () -> gateway.get("/api/work-orders?communityId=" + communityId, supervisor).json().path("items")
                        .valueStream().filter(o -> unitId.equals(o.path("unitId").asString())
                                && "MOVE_IN_DEFECT".equals(o.path("channel").asString())).toList(),
                orders -> !orders.isEmpty()).getFirst();
        String orderId = order.path("id").asString();
        workOrder(orderId, "warranty", "{\"coverage\":\"FREE\",\"reason\":\"交房验房问题，开发商保修期内\"}", supervisor);
        workOrder(orderId, "assign", "{\"technicianId\":\"" + technicianId + "\"}", supervisor);
        workOrder(orderId, "accept", """
                {"appointment":{"from":"2030-01-02T09:00:00+08:00","to":"2030-01-02T11:00:00+08:00"}}""", technician);
        workOrder(orderId, "start", "{}", technician);
        workOrder(orderId, "finish", "{\"notes\":\"淋浴区墙角重做防水\"}", technician);
        desk.await(caseId, c -> c.path("inspection").path("defects").get(0).path("status").asString().equals("FIXED"));
        ok(desk.step(caseId, "defects/1/re-inspection", "{\"at\":\"2026-12-10T10:00:00+08:00\"}", admin));
        ok(desk.step(caseId, "defects/1/sign-off", null, owner));

        // 7. completion: the archive is complete and the unit occupied
        Reply completed = ok(desk.step(caseId, "completion", null, admin));
        assertThat(completed.json().path("step").asString()).isEqualTo("DONE");
        assertThat(completed.json().path("archive").valueStream().map(e -> e.path("kind").asString()).toList())
                .contains("ID_COPY", "MOVE_IN_NOTICE", "PURCHASE_CONTRACT", "SIGNED_AGREEMENT", "REGISTRATION_FORM",
                        "ACCEPTANCE_FORM");
        Reply unit = gateway.get("/api/units/" + unitId, admin);
        assertThat(unit.json().path("status").asString()).as("%s", unit).isEqualTo("OCCUPIED");
        Reply ownersView = gateway.get("/api/move-ins/" + caseId, owner);
        assertThat(ownersView.status()).as("%s", ownersView).isEqualTo(200);
    }

    private static String handover() {
        return MoveInSteps.handover();
    }

    private MoveInSteps steps() {
        return new MoveInSteps(gateway, admin);
    }

    private static void workOrder(String orderId, String action, String body, String token) {
        String etag = gateway.get("/api/work-orders/" + orderId, token).etag();
        ok(gateway.postJson("/api/work-orders/" + orderId + "/" + action, body, token, "If-Match", etag));
    }


    private static Reply ok(Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply;
    }

    private static String id(Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.json().path("id").asString();
    }
}
