package com.estate.resident.movein;

import com.estate.contracts.identity.Role;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.resident.movein.domain.MoveInCase;

/**
 * Who may see a move-in case: the desk of its community (agents, supervisors, platform administrators) and the
 * owner it moves in; anyone else learns nothing (404). Which of them may take a step is the controller's role rule.
 */
final class MoveInAccess {

    private MoveInAccess() {
    }

    static boolean isDesk(Caller caller) {
        return caller.hasAnyRole(Role.PLATFORM_ADMIN, Role.CS_SUPERVISOR, Role.CS_AGENT);
    }

    static boolean canSee(Caller caller, MoveInCase movein) {
        if (isDesk(caller)) {
            return caller.canSeeCommunity(movein.communityId());
        }
        return caller.isResident() && movein.ownerResidentId().equals(caller.residentId())
                && caller.communities().contains(movein.communityId());
    }

    static void requireVisible(Caller caller, MoveInCase movein) {
        if (!canSee(caller, movein)) {
            throw new NotFoundException("move-in", movein.id());
        }
    }
}
