package com.estate.platform.security;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Query criteria that keep a list to what the caller may see, so no endpoint filters after loading.
 * Field names are those of the queried document.
 */
public final class CallerScope {

    private CallerScope() {
    }

    /** Records of the caller's communities (all for a platform administrator). */
    public static Criteria communities(Caller caller, String communityField) {
        if (caller.seesAllCommunities()) {
            return new Criteria();
        }
        return Criteria.where(communityField).in(caller.communities());
    }

    /** As {@link #communities}, and for a resident only the records of their own units. */
    public static Criteria units(Caller caller, String communityField, String unitField) {
        Criteria criteria = communities(caller, communityField);
        if (caller.isResident() && !caller.seesAllCommunities()) {
            criteria = criteria.and(unitField).in(caller.unitIds());
        }
        return criteria;
    }
}
