package com.estate.workorder.desk;

import com.estate.testsupport.TestTokens;
import com.estate.workorder.WorkOrderTest;
import java.util.UUID;

/**
 * What the tests of return visits, service orders and patrols add to the service's test base (the same cached
 * context): resident-service's and the service's own events published as their contracts say, staff of any role and
 * account id, and residents of any units of the test's community.
 */
public abstract class DeskTest extends WorkOrderTest {

    protected final PartnerEvents events = new PartnerEvents(kafka);

    /** A staff member of the test's community (or of the communities named) with this role and account id. */
    protected String staff(String subject, String role, String... communities) {
        return TestTokens.get().token().subject(subject).roles(role)
                .communities(communities.length == 0 ? new String[] {communityId} : communities).build();
    }

    protected String residentOf(String... unitIds) {
        return TestTokens.get().resident("resident-" + UUID.randomUUID(), communityId, unitIds);
    }
}
