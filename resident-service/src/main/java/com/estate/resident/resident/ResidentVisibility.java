package com.estate.resident.resident;

import com.estate.platform.security.Caller;
import com.estate.resident.resident.domain.Resident;

/**
 * Who may see a resident's record: staff of the resident's community; a resident themselves and the members of
 * their household (someone living now in one of the caller's units). Anyone else gets 404.
 */
final class ResidentVisibility {

    private ResidentVisibility() {
    }

    static boolean canSee(Caller caller, Resident resident) {
        if (!caller.isResident() || caller.seesAllCommunities()) {
            return caller.canSeeCommunity(resident.communityId());
        }
        if (!caller.communities().contains(resident.communityId())) {
            return false;
        }
        return resident.id().equals(caller.residentId())
                || resident.currentUnitIds().stream().anyMatch(caller.unitIds()::contains);
    }
}
