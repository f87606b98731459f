package com.estate.platform.security;

import com.estate.contracts.identity.Role;
import com.estate.platform.problem.NotFoundException;
import java.util.Arrays;
import java.util.Set;

/**
 * Who is calling, from the validated token: roles, the communities a staff member is assigned to, and for a
 * resident their id and units. Object-level rules ask it what the caller may see; a record outside that answers
 * 404, never 403, so its existence does not leak.
 */
public record Caller(String subject, Set<Role> roles, Set<String> communities, String residentId,
        Set<String> unitIds) {

    public Caller {
        roles = Set.copyOf(roles);
        communities = Set.copyOf(communities);
        unitIds = Set.copyOf(unitIds);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... candidates) {
        return Arrays.stream(candidates).anyMatch(roles::contains);
    }

    public boolean isResident() {
        return hasRole(Role.RESIDENT);
    }

    /** Platform administrators manage every community; everyone else only those assigned to them. */
    public boolean seesAllCommunities() {
        return hasRole(Role.PLATFORM_ADMIN);
    }

    public boolean canSeeCommunity(String communityId) {
        return seesAllCommunities() || communities.contains(communityId);
    }

    /** Staff see a unit's records in their communities; a resident only those of their own units. */
    public boolean canSeeUnit(String communityId, String unitId) {
        if (isResident() && !seesAllCommunities()) {
            return communities.contains(communityId) && unitIds.contains(unitId);
        }
        return canSeeCommunity(communityId);
    }

    public void requireCommunity(String communityId, String what, Object id) {
        if (!canSeeCommunity(communityId)) {
            throw new NotFoundException(what, id);
        }
    }

    public void requireUnit(String communityId, String unitId, String what, Object id) {
        if (!canSeeUnit(communityId, unitId)) {
            throw new NotFoundException(what, id);
        }
    }
}
