package com.estate.resident.movein;

import static com.estate.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.estate.testsupport.SampleFiles;
import com.estate.testsupport.TestTokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who may see and move a case: the desk of its community, the owner for what is theirs; another household, another
 * community's staff and other roles learn nothing (404) or are refused by role (403).
 */
class MoveInAccessTest extends MoveInDesk {

    @Test
    void theOwnerSeesTheirCaseAndAnotherHouseholdDoesNot() {
        String caseId = opened();
        assertThat(api.send("GET", "/api/move-ins/" + caseId, owner, null).status()).isEqualTo(200);

        String neighbourUnit = newUnit(communityId, "8", "8-801");
        String neighbour = TestTokens.get().resident(newResident(neighbourUnit, "PERSON", "OWNER"), communityId,
                neighbourUnit);
        assertProblem(api.send("GET", "/api/move-ins/" + caseId, neighbour, null), 404, "not-found");
        // a member of the same household who is not the owner moving in
        String member = TestTokens.get().resident(newResident(unitId, "PERSON", "HOUSEHOLD_MEMBER"), communityId,
                unitId);
        assertProblem(api.send("GET", "/api/move-ins/" + caseId, member, null), 404, "not-found");
        // the owner's id in a token of another community
        String elsewhere = TestTokens.get().resident(ownerId, newCommunity(), unitId);
        assertProblem(api.send("GET", "/api/move-ins/" + caseId, elsewhere, null), 404, "not-found");
    }

    @Test
    void staffOfAnotherCommunityAndOtherRolesLearnNothing() {
        String caseId = opened();
        String otherDesk = TestTokens.get().staff("CS_AGENT", newCommunity());
        assertProblem(api.send("GET", "/api/move-ins/" + caseId, otherDesk, null), 404, "not-found");
        assertProblem(api.send("PUT", "/api/move-ins/" + caseId + "/documents/OWNER_ID", otherDesk,
                "{\"attachmentId\":\"x\"}", "If-Match", "*"), 404, "not-found");
        assertThat(uploads.upload("/api/move-ins/" + caseId + "/attachments?kind=document", otherDesk, "a.pdf",
                "application/pdf", SampleFiles.pdf()).status()).isEqualTo(404);
        assertThat(api.send("GET", "/api/move-ins?communityId=" + communityId, otherDesk, null).status())
                .isEqualTo(404);

        String technician = TestTokens.get().staff("TECHNICIAN", communityId);
        assertProblem(api.send("GET", "/api/move-ins/" + caseId, technician, null), 404, "not-found");
        assertThat(api.send("POST", "/api/move-ins/" + caseId + "/documents/OWNER_ID/verify", technician, null,
                "If-Match", "*").status()).isEqualTo(403);
        assertThat(api.send("GET", "/api/move-ins?communityId=" + communityId, technician, null).status())
                .isEqualTo(403);
        assertThat(api.send("POST", "/api/move-ins", technician, "{\"unitId\":\"" + unitId
                + "\",\"ownerResidentId\":\"" + ownerId + "\"}").status()).isEqualTo(403);
        assertProblem(api.send("GET", "/api/move-ins/" + UUID.randomUUID(), agent, null), 404, "not-found");
        assertProblem(api.send("GET", "/api/move-ins/not-an-id", agent, null), 404, "not-found");
    }

    @Test
    void theOwnerDoesOnlyWhatIsTheirsAndOnlyOnTheirOwnCase() {
        String caseId = opened();
        assertThat(api.send("POST", "/api/move-ins", owner, "{\"unitId\":\"" + unitId + "\",\"ownerResidentId\":\""
                + ownerId + "\"}").status()).as("residents do not open cases").isEqualTo(403);
        assertThat(api.send("POST", "/api/move-ins/" + caseId + "/documents/OWNER_ID/verify", owner, null,
                "If-Match", "*").status()).as("verifying is the desk's").isEqualTo(403);
        assertThat(uploads.upload("/api/move-ins/" + caseId + "/attachments?kind=document", owner, "a.pdf",
                "application/pdf", SampleFiles.pdf()).status()).isEqualTo(403);
        assertThat(api.send("POST", "/api/move-ins/" + caseId + "/completion", owner, null, "If-Match", "*")
                .status()).isEqualTo(403);
        String neighbourUnit = newUnit(communityId, "9", "9-901");
        String neighbour = TestTokens.get().resident(newResident(neighbourUnit, "PERSON", "OWNER"), communityId,
                neighbourUnit);
        assertProblem(api.send("POST", "/api/move-ins/" + caseId + "/handover/acknowledge", neighbour, null,
                "If-Match", "*"), 404, "not-found");
        assertProblem(api.send("POST", "/api/move-ins/" + caseId + "/handover/acknowledge", owner, null,
                "If-Match", "*"), 409, "move-in-step-out-of-order");
    }

    @Test
    void filesOfACaseAreServedOnlyToThoseWhoSeeIt() {
        String caseId = opened();
        String scan = upload(caseId, "document");
        String href = "/api/move-ins/" + caseId + "/attachments/" + scan;
        assertThat(uploads.download(href, owner).status()).isEqualTo(200);
        assertThat(uploads.download(href, TestTokens.get().staff("CS_AGENT", newCommunity())).status())
                .isEqualTo(404);
        // a file of one case named by another's step
        String secondUnit = newUnit(communityId, "9", "9-903");
        String secondOwner = newResident(secondUnit, "PERSON", "OWNER");
        String second = api.send("POST", "/api/move-ins", agent, "{\"unitId\":\"" + secondUnit
                + "\",\"ownerResidentId\":\"" + secondOwner + "\"}").json().path("id").asString();
        assertProblem(api.send("PUT", "/api/move-ins/" + second + "/documents/OWNER_ID", agent,
                "{\"attachmentId\":\"" + scan + "\"}", "If-Match", "*"), 422, "move-in-attachment-unknown");
        assertThat(uploads.download("/api/move-ins/" + second + "/attachments/" + scan, agent).status())
                .isEqualTo(404);
    }
}
