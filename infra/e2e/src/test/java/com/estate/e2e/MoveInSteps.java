package com.estate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Move-in cases to start a journey from: a new community, unit and owner with a case just opened, or a case taken
 * through its first steps to the inspection. The steps themselves go through {@link MoveInDesk}.
 */
final class MoveInSteps {

    private final Gateway gateway;
    private final String admin;
    private final MoveInDesk desk;

    MoveInSteps(Gateway gateway, String admin) {
        this.gateway = gateway;
        this.admin = admin;
        this.desk = new MoveInDesk(gateway, admin);
    }

    /** The desk the cases' steps are taken at (the same administrator's token). */
    MoveInDesk desk() {
        return desk;
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

    /** A case opened and taken through documents, registration, fees (paid at the desk), handover and readings. */
    AtInspection toInspection(ResidentCodes codes, String label) throws InterruptedException {
        Opened opened = open(label);
        String caseId = opened.caseId();
        desk.documentsAndRegistration(caseId);
        String billId = desk.await(caseId, c -> !c.path("fees").path("billId").asString().isEmpty())
                .path("fees").path("billId").asString();
        String cashier = gateway.newStaff(admin, "FINANCE", opened.communityId());
        Reply paid = gateway.postJson("/api/billing/payments", """
                {"method":"DESK","unitId":"%s","amount":"295.00","channel":"CARD","reference":"POS-E2E",
                 "billIds":["%s"]}""".formatted(opened.unitId(), billId), cashier,
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(paid.status()).as("%s", paid).isEqualTo(201);
        desk.await(caseId, c -> c.path("step").asString().equals("HANDOVER"));
        Journey.okReply(desk.step(caseId, "handover", handover(), admin));
        String owner = codes.logIn(opened.phone());
        Journey.okReply(desk.step(caseId, "handover/acknowledge", null, owner));
        Journey.okReply(desk.step(caseId, "meter-readings", "{\"water\":\"3.200\",\"electricity\":\"15.5\",\"gas\":\"0.8\"}", admin));
        Journey.okReply(desk.step(caseId, "meter-readings/confirm", null, owner));
        return new AtInspection(opened.communityId(), opened.unitId(), opened.ownerId(), owner, caseId);
    }

    static String handover() {
        return "{\"keys\":3,\"residentHandbook\":true,\"waterElectricDrawings\":true}";
    }
}
