package com.estate.activity.notification.domain;

import com.estate.contracts.identity.Role;
import com.estate.platform.notification.NotificationRecipient;
import com.estate.platform.security.Caller;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Whose inboxes a caller reads, from the token alone: a resident their own and their households' (units in the
 * token, in the token's community); a staff member their own and those of each staff role they hold, in each
 * community they are assigned. Platform administrators are not a community's staff: they get what is addressed to
 * them by id in the communities their token names, which is usually nothing.
 */
public final class InboxAddresses {

    private InboxAddresses() {
    }

    public static Set<String> of(Caller caller) {
        Set<String> addresses = new LinkedHashSet<>();
        for (String community : caller.communities()) {
            if (community.isBlank() || caller.subject() == null || caller.subject().isBlank()) {
                continue;
            }
            if (caller.isResident()) {
                if (caller.residentId() != null && !caller.residentId().isBlank()) {
                    addresses.add(new NotificationRecipient.Resident(community, caller.residentId()).address());
                }
                caller.unitIds().stream().filter(unit -> !unit.isBlank()).forEach(unit ->
                        addresses.add(new NotificationRecipient.Household(community, unit).address()));
                continue;
            }
            addresses.add(new NotificationRecipient.StaffMember(community, caller.subject()).address());
            for (Role role : caller.roles()) {
                if (role != Role.RESIDENT && role != Role.PLATFORM_ADMIN) {
                    addresses.add(new NotificationRecipient.CommunityRole(community, role).address());
                }
            }
        }
        return addresses;
    }
}
