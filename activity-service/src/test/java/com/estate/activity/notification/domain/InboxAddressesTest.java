package com.estate.activity.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.contracts.identity.Role;
import com.estate.platform.security.Caller;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InboxAddressesTest {

    @Test
    void aResidentReadsTheirOwnInboxAndTheirHouseholds() {
        Caller resident = new Caller("r-1", Set.of(Role.RESIDENT), Set.of("c-1"), "r-1", Set.of("u-1", "u-2"));
        assertThat(InboxAddresses.of(resident))
                .containsExactlyInAnyOrder("c-1/RESIDENT/r-1", "c-1/HOUSEHOLD/u-1", "c-1/HOUSEHOLD/u-2");
    }

    @Test
    void staffReadTheirOwnAndTheirRolesInboxesInEachCommunityTheyAreAssigned() {
        Caller staff = new Caller("staff-7", Set.of(Role.CS_AGENT, Role.FINANCE), Set.of("c-1", "c-2"), null,
                Set.of());
        assertThat(InboxAddresses.of(staff)).containsExactlyInAnyOrder(
                "c-1/STAFF/staff-7", "c-1/ROLE/CS_AGENT", "c-1/ROLE/FINANCE",
                "c-2/STAFF/staff-7", "c-2/ROLE/CS_AGENT", "c-2/ROLE/FINANCE");
    }

    @Test
    void aPlatformAdministratorIsNoCommunityRoleAndWithoutCommunitiesHasNoInbox() {
        assertThat(InboxAddresses.of(new Caller("admin", Set.of(Role.PLATFORM_ADMIN), Set.of(), null, Set.of())))
                .isEmpty();
        assertThat(InboxAddresses.of(new Caller("admin", Set.of(Role.PLATFORM_ADMIN), Set.of("c-1"), null,
                Set.of()))).containsExactly("c-1/STAFF/admin");
    }

    @Test
    void aTokenWithoutTheIdsAnInboxNeedsReadsNone() {
        assertThat(InboxAddresses.of(new Caller("r-1", Set.of(Role.RESIDENT), Set.of("c-1"), null, Set.of())))
                .isEmpty();
        assertThat(InboxAddresses.of(new Caller("r-1", Set.of(Role.RESIDENT), Set.of(""), "r-1", Set.of("u-1"))))
                .isEmpty();
    }
}
