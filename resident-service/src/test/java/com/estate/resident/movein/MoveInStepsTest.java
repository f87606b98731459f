package com.estate.resident.movein;

import static com.estate.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.estate.testsupport.Scenario;
import com.estate.testsupport.TestHttp.Answer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A move-in through every step over real HTTP with real tokens: each step with If-Match and a new ETag, who did it
 * and when, the 409s that say what is missing, and every event the case publishes (checked against its contract by
 * the scenario).
 */
class MoveInStepsTest extends MoveInDesk {

    /** The fields of fees-requested this test reads. */
    record FeesRequested(String caseId, String unitId, String communityId, String accountHolderResidentId,
            List<Map<String, String>> items) {
    }

    record Reading(String value, String unit) {
    }

    record Readings(Reading water, Reading electricity, Reading gas) {
    }

    record ReadingsRecorded(String caseId, String unitId, Readings readings) {
    }

    record DefectReported(String defectId, String caseId, String room, String item, String description,
            List<String> photoAttachmentIds, int report, String previousOrderId) {
    }

    record NotificationRequested(Map<String, String> recipient, String templateKey, Map<String, String> params) {
    }

    record Completed(String caseId, String unitId, String ownerResidentId, List<Map<String, String>> archive) {
    }

    @Test
    void aCaseOpensForARegisteredOwnerWithTheChecklistOfTheirType() {
        Answer created = open(true);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode movein = created.json();
        assertThat(created.header("Location")).isEqualTo("/api/move-ins/" + movein.path("id").asString());
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(movein.path("communityId").asString()).isEqualTo(communityId);
        assertThat(movein.path("ownerType").asString()).isEqualTo("PERSON");
        assertThat(movein.path("step").asString()).isEqualTo("DOCUMENTS");
        assertThat(movein.path("opened").path("by").asString()).isEqualTo("staff-cs-agent");
        assertThat(strings(movein.path("waitingFor"))).containsExactly("upload-document:MOVE_IN_NOTICE",
                "upload-document:PURCHASE_CONTRACT", "upload-document:OWNER_ID", "upload-document:PROXY_ID",
                "upload-document:POWER_OF_ATTORNEY");

        assertProblem(open(true), 409, "move-in-exists");

        String companyUnit = newUnit(communityId, "6", "6-101");
        String company = newResident(companyUnit, "COMPANY", "OWNER");
        Answer companyCase = api.send("POST", "/api/move-ins", agent,
                "{\"unitId\":\"" + companyUnit + "\",\"ownerResidentId\":\"" + company + "\"}");
        assertThat(companyCase.json().path("ownerType").asString()).isEqualTo("COMPANY");
        assertThat(each(companyCase.json().path("documents"), "type")).containsExactly(
                "MOVE_IN_NOTICE", "PURCHASE_CONTRACT", "COMPANY_CERTIFICATE", "PERSONAL_ID");
    }

    @Test
    void onlyACurrentOwnerOfTheUnitGetsACase() {
        String tenant = newResident(unitId, "PERSON", "TENANT");
        Answer refused = api.send("POST", "/api/move-ins", agent,
                "{\"unitId\":\"" + unitId + "\",\"ownerResidentId\":\"" + tenant + "\"}");
        assertProblem(refused, 422, "move-in-not-owner");
        Answer invented = api.send("POST", "/api/move-ins", agent,
                "{\"unitId\":\"" + unitId + "\",\"ownerResidentId\":\"" + UUID.randomUUID() + "\"}");
        assertProblem(invented, 404, "not-found");
        Answer settingTheStep = api.send("POST", "/api/move-ins", agent, "{\"unitId\":\"" + unitId
                + "\",\"ownerResidentId\":\"" + ownerId + "\",\"step\":\"COMPLETION\",\"communityId\":\"x\"}");
        assertThat(settingTheStep.status()).as(settingTheStep.body()).isEqualTo(201);
        assertThat(settingTheStep.json().path("step").asString()).as("the client cannot set it").isEqualTo("DOCUMENTS");
        assertThat(settingTheStep.json().path("communityId").asString()).isEqualTo(communityId);
    }

    @Test
    void documentsAreUploadedAttachedAndVerifiedByTheDeskWithIfMatch() {
        String caseId = opened();
        String scan = upload(caseId, "document");
        String path = "/api/move-ins/" + caseId + "/documents/OWNER_ID";
        assertProblem(api.send("PUT", path, agent, "{\"attachmentId\":\"" + scan + "\"}"), 428,
                "precondition-required");
        assertProblem(api.send("PUT", path, agent, "{\"attachmentId\":\"" + scan + "\"}", "If-Match", "\"7\""), 412,
                "precondition-failed");
        assertProblem(api.send("PUT", path, agent, "{\"attachmentId\":\"0123456789abcdef01234567\"}", "If-Match",
                etag(caseId)), 422, "move-in-attachment-unknown");
        assertProblem(api.send("PUT", "/api/move-ins/" + caseId + "/documents/COMPANY_CERTIFICATE", agent,
                "{\"attachmentId\":\"" + scan + "\"}", "If-Match", etag(caseId)), 422, "move-in-document-not-required");

        Answer attached = api.send("PUT", path, agent, "{\"attachmentId\":\"" + scan + "\"}", "If-Match", "\"1\"");
        assertThat(attached.status()).as(attached.body()).isEqualTo(200);
        assertThat(attached.header("ETag")).isEqualTo("\"2\"");
        JsonNode ownerId = attached.json().path("documents").get(2);
        assertThat(ownerId.path("attachmentId").asString()).isEqualTo(scan);
        assertThat(ownerId.path("uploaded").path("by").asString()).isEqualTo("staff-cs-agent");
        assertThat(ownerId.path("verified").isNull()).isTrue();
        assertThat(uploads.download(ownerId.path("href").asString(), owner).status()).as("the owner reads it")
                .isEqualTo(200);

        Answer verified = done(caseId, "documents/OWNER_ID/verify", supervisor, null);
        assertThat(verified.header("ETag")).isEqualTo("\"3\"");
        assertThat(verified.json().path("documents").get(2).path("verified").path("by").asString())
                .isEqualTo("staff-cs-supervisor");
        assertThat(strings(verified.json().path("waitingFor"))).containsExactly("upload-document:MOVE_IN_NOTICE",
                "upload-document:PURCHASE_CONTRACT");
    }

    @Test
    void aStepOutOfOrderAnswers409NamingWhatIsMissing() {
        String caseId = opened();
        Answer early = step(caseId, "registration", agent, registrationBody(caseId));
        assertProblem(early, 409, "move-in-step-out-of-order");
        assertThat(early.json().path("currentStep").asString()).isEqualTo("DOCUMENTS");
        assertThat(strings(early.json().path("missing"))).containsExactly("upload-document:MOVE_IN_NOTICE",
                "upload-document:PURCHASE_CONTRACT", "upload-document:OWNER_ID");
        Answer handover = step(caseId, "handover", agent, HANDOVER);
        assertProblem(handover, 409, "move-in-step-out-of-order");
        Answer completion = step(caseId, "completion", agent, null);
        assertProblem(completion, 409, "move-in-step-out-of-order");
        assertThat(completion.json().path("step").asString()).isEqualTo("COMPLETION");

        throughDocuments(caseId);
        assertProblem(step(caseId, "documents/OWNER_ID/verify", agent, null), 409, "move-in-step-done");
    }

    @Test
    void theRegistrationAsksBillingForTheFeesAndKeysWaitForThePaidBill() {
        String caseId = opened();
        throughDocuments(caseId);
        String missingOne = """
                {"formAttachmentId":"%s","agreements":[
                  {"code":"community-regulations","signedBy":"OWNER","signedOn":"2026-12-01","attachmentId":"%s"}]}"""
                .formatted(upload(caseId, "document"), upload(caseId, "document"));
        assertProblem(step(caseId, "registration", agent, missingOne), 422, "move-in-agreement-missing");

        String body = registrationBody(caseId);
        AtomicReference<Answer> registered = new AtomicReference<>();
        var requested = new Scenario(kafka)
                .stimulate(() -> registered.set(step(caseId, "registration", agent, body)))
                .andWaitForEvent("resident.events", FEES_REQUESTED, FeesRequested.class)
                .matching(fees -> fees.caseId().equals(caseId))
                .toArrive();
        assertThat(registered.get().status()).as(registered.get().body()).isEqualTo(200);
        assertThat(requested.data()).isEqualTo(new FeesRequested(caseId, unitId, communityId, ownerId,
                List.of(Map.of("code", "property-management-fee"))));
        assertThat(requested.record().key()).isEqualTo(caseId);
        JsonNode registration = registered.get().json().path("registration");
        assertThat(registration.path("agreements").get(0).path("signedBy").asString()).isEqualTo("OWNER");
        assertThat(registration.path("recorded").path("by").asString()).isEqualTo("staff-cs-agent");
        assertThat(strings(registered.get().json().path("waitingFor"))).containsExactly("bill-issued");

        String billId = "bill-" + UUID.randomUUID();
        publish("billing.events", "fa-" + unitId, billIssued(UUID.randomUUID().toString(), billId, caseId, unitId,
                communityId, "1380.00"));
        JsonNode issued = awaitCase(caseId, c -> c.path("fees").path("billId").asString().equals(billId));
        assertThat(issued.path("fees").path("total").asString()).isEqualTo("1380.00");
        assertThat(strings(issued.path("waitingFor"))).containsExactly("bill-paid:" + billId);

        Answer tooEarly = step(caseId, "handover", agent, HANDOVER);
        assertProblem(tooEarly, 409, "move-in-bill-unpaid");
        assertThat(tooEarly.json().path("billId").asString()).isEqualTo(billId);
        assertThat(tooEarly.json().path("total").asString()).isEqualTo("1380.00");
        assertThat(tooEarly.json().path("detail").asString()).contains(billId, "1380.00");

        publish("billing.events", "fa-" + unitId, billPaid(UUID.randomUUID().toString(), billId, caseId, unitId,
                communityId, "1380.00"));
        JsonNode paid = awaitCase(caseId, c -> c.path("step").asString().equals("HANDOVER"));
        assertThat(paid.path("fees").path("paidAt").asString()).isEqualTo("2026-12-01T09:00:00Z");
    }

    @Test
    void theOwnerAcknowledgesTheHandoverAndConfirmsTheReadingsWhichArePublishedAsDecimalStrings() {
        String caseId = opened();
        throughFees(caseId);
        assertThat(step(caseId, "handover/acknowledge", agent, null).status()).as("the owner's, not the desk's")
                .isEqualTo(403);
        Answer handedOver = done(caseId, "handover", agent,
                "{\"keys\":3,\"residentHandbook\":true,\"waterElectricDrawings\":true}");
        assertThat(strings(handedOver.json().path("waitingFor"))).containsExactly("owner-acknowledges-handover");
        Answer acknowledged = done(caseId, "handover/acknowledge", owner, null);
        assertThat(acknowledged.json().path("handover").path("acknowledged").path("by").asString()).isEqualTo(ownerId);
        assertThat(acknowledged.json().path("handover").path("keys").asInt()).isEqualTo(3);

        assertProblem(step(caseId, "meter-readings", agent, "{\"water\":\"-1\",\"electricity\":\"1\",\"gas\":\"1\"}"),
                400, "validation");
        done(caseId, "meter-readings", agent, "{\"water\":\"12.345\",\"electricity\":\"1024.5\",\"gas\":\"0\"}");
        var recorded = new Scenario(kafka)
                .stimulate(() -> done(caseId, "meter-readings/confirm", owner, null))
                .andWaitForEvent("resident.events", READINGS_RECORDED, ReadingsRecorded.class)
                .matching(readings -> readings.caseId().equals(caseId))
                .toArrive();
        assertThat(recorded.data().readings()).isEqualTo(new Readings(new Reading("12.345", "m3"),
                new Reading("1024.5", "kWh"), new Reading("0", "m3")));
        JsonNode movein = read(caseId);
        assertThat(movein.path("meterReadings").path("water").asString()).isEqualTo("12.345");
        assertThat(movein.path("meterReadings").path("confirmed").path("by").asString()).isEqualTo(ownerId);
        assertThat(movein.path("step").asString()).isEqualTo("INSPECTION");
    }

    @Test
    void defectsArePublishedRepairedReInspectedSignedOffAndTheCaseCompletes() {
        String caseId = opened();
        throughReadings(caseId);
        assertProblem(step(caseId, "inspection", agent, "{\"acceptanceFormAttachmentId\":\"" + upload(caseId,
                "document") + "\",\"defects\":[{\"room\":\"garage\",\"item\":\"door\",\"description\":\"dent\"}]}"),
                422, "move-in-inspection-item-unknown");

        String body = inspectionBody(caseId, 1);
        String defectId = caseId + ":1";
        var reported = new Scenario(kafka)
                .stimulate(() -> done(caseId, "inspection", agent, body))
                .andWaitForEvent("resident.events", DEFECT_REPORTED, DefectReported.class)
                .matching(defect -> defect.caseId().equals(caseId))
                .toArrive();
        assertThat(reported.data().defectId()).isEqualTo(defectId);
        assertThat(reported.data().room()).isEqualTo("kitchen");
        assertThat(reported.data().report()).isEqualTo(1);
        assertThat(reported.data().photoAttachmentIds()).hasSize(1);
        assertThat(reported.envelope().path("data").has("previousOrderId")).isFalse();
        assertProblem(step(caseId, "defects/1/sign-off", owner, null), 409, "move-in-defect-not-ready");
        assertProblem(step(caseId, "completion", agent, null), 409, "move-in-step-out-of-order");

        String orderId = "wo-" + UUID.randomUUID();
        publish("workorder.events", orderId, orderChanged(UUID.randomUUID().toString(), orderId, communityId, unitId,
                defectId, "COMPLETED", 3));
        JsonNode fixed = awaitCase(caseId, c -> c.path("inspection").path("defects").get(0).path("status")
                .asString().equals("FIXED"));
        assertThat(strings(fixed.path("waitingFor"))).containsExactly("re-inspection-appointment:" + defectId);

        var booked = new Scenario(kafka)
                .stimulate(() -> done(caseId, "defects/1/re-inspection", agent,
                        "{\"at\":\"2026-12-05T10:00:00+08:00\"}"))
                .andWaitForEvent("notification.requests", "com.estate.platform.notification.requested.v1",
                        NotificationRequested.class)
                .matching(request -> caseId.equals(request.params().get("caseId"))
                        && request.templateKey().equals("movein.re-inspection-booked"))
                .toArrive();
        assertThat(booked.data().recipient()).isEqualTo(Map.of("kind", "RESIDENT", "id", ownerId));
        assertThat(booked.data().params()).containsEntry("appointmentAt", "2026-12-05T02:00:00Z");
        var again = new Scenario(kafka)
                .stimulate(() -> done(caseId, "defects/1/reopen", owner, "{\"reason\":\"还是漏水\"}"))
                .andWaitForEvent("resident.events", DEFECT_REPORTED, DefectReported.class)
                .matching(defect -> defect.caseId().equals(caseId) && defect.report() == 2)
                .toArrive();
        assertThat(again.data().defectId()).isEqualTo(defectId);
        assertThat(again.data().previousOrderId()).isEqualTo(orderId);

        publish("workorder.events", orderId, orderChanged(UUID.randomUUID().toString(), orderId, communityId, unitId,
                defectId, "REOPENED", 4));
        publish("workorder.events", orderId, orderChanged(UUID.randomUUID().toString(), orderId, communityId, unitId,
                defectId, "COMPLETED", 6));
        awaitCase(caseId, c -> c.path("inspection").path("defects").get(0).path("reports").asInt() == 2
                && c.path("inspection").path("defects").get(0).path("status").asString().equals("FIXED"));
        done(caseId, "defects/1/re-inspection", agent, "{\"at\":\"2026-12-08T10:00:00+08:00\"}");
        Answer signed = done(caseId, "defects/1/sign-off", owner, null);
        assertThat(signed.json().path("inspection").path("defects").get(0).path("accepted").path("by").asString())
                .isEqualTo(ownerId);
        assertThat(signed.json().path("step").asString()).isEqualTo("COMPLETION");

        AtomicReference<Answer> completion = new AtomicReference<>();
        var completed = new Scenario(kafka)
                .stimulate(() -> completion.set(step(caseId, "completion", agent, null)))
                .andWaitForEvent("resident.events", COMPLETED, Completed.class)
                .matching(event -> event.caseId().equals(caseId))
                .toArrive();
        assertThat(completion.get().status()).as(completion.get().body()).isEqualTo(200);
        JsonNode done = completion.get().json();
        assertThat(done.path("step").asString()).isEqualTo("DONE");
        assertThat(done.path("open").asBoolean()).isFalse();
        assertThat(each(done.path("archive"), "kind")).containsExactly("MOVE_IN_NOTICE",
                "PURCHASE_CONTRACT", "ID_COPY", "SIGNED_AGREEMENT", "SIGNED_AGREEMENT", "REGISTRATION_FORM",
                "ACCEPTANCE_FORM");
        for (JsonNode entry : done.path("archive")) {
            assertThat(uploads.download(entry.path("href").asString(), agent).status()).isEqualTo(200);
        }
        assertThat(completed.data().archive()).hasSize(7);
        assertThat(completed.data().ownerResidentId()).isEqualTo(ownerId);
        assertThat(api.send("GET", "/api/units/" + unitId, agent, null).json().path("status").asString())
                .isEqualTo("OCCUPIED");
    }

    @Test
    void theDeskListsOpenCasesWithWhatEachWaitsForByStep() {
        String first = opened();
        String secondUnit = newUnit(communityId, "7", "7-701");
        String secondOwner = newResident(secondUnit, "PERSON", "OWNER");
        String second = api.send("POST", "/api/move-ins", agent, "{\"unitId\":\"" + secondUnit
                + "\",\"ownerResidentId\":\"" + secondOwner + "\"}").json().path("id").asString();
        throughDocuments(second);

        JsonNode all = api.send("GET", "/api/move-ins?communityId=" + communityId, agent, null).json();
        assertThat(all.path("total").asLong()).isEqualTo(2);
        assertThat(each(all.path("items"), "id")).containsExactly(first, second);
        JsonNode registration = api.send("GET", "/api/move-ins?communityId=" + communityId
                + "&step=REGISTRATION&open=true", agent, null).json();
        assertThat(each(registration.path("items"), "id")).containsExactly(second);
        assertThat(strings(registration.path("items").get(0).path("waitingFor"))).containsExactly("registration");
        assertThat(api.send("GET", "/api/move-ins?communityId=" + communityId + "&open=false", agent, null).json()
                .path("total").asLong()).isZero();
        assertProblem(api.send("GET", "/api/move-ins?communityId=" + communityId + "&size=500", agent, null), 400,
                "validation");
        assertThat(api.send("GET", "/api/move-ins?communityId=" + communityId + "&step=NOPE", agent, null).status())
                .isEqualTo(400);
    }
}
