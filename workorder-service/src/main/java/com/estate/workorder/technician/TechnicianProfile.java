package com.estate.workorder.technician;

import java.util.Objects;
import java.util.Set;

/**
 * A technician as dispatch sees them, kept by supervisors: the staff id (the gateway user's subject), name, the
 * repair category codes they can do (skills) and the communities they work in.
 */
public record TechnicianProfile(String staffId, String name, Set<String> skills, Set<String> communities) {

    public TechnicianProfile {
        Objects.requireNonNull(staffId, "staffId");
        skills = skills == null ? Set.of() : Set.copyOf(skills);
        communities = communities == null ? Set.of() : Set.copyOf(communities);
    }

    public boolean canDo(String category, String communityId) {
        return skills.contains(category) && communities.contains(communityId);
    }
}
