package com.estate.resident.gatepass;

import com.estate.platform.security.Caller;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Who may see a record of a community that may belong to a unit (a pass, a release application, a renovation):
 * staff of its community; a resident only a record of one of their own units, never one without a unit (a shop's
 * goods). Everyone else is answered 404 by the caller of this rule.
 */
public final class UnitScopedRecords {

    private UnitScopedRecords() {
    }

    public static boolean canSee(Caller caller, String communityId, String unitId) {
        if (unitId == null) {
            return caller.canSeeCommunity(communityId) && (!caller.isResident() || caller.seesAllCommunities());
        }
        return caller.canSeeUnit(communityId, unitId);
    }

    /**
     * The same rule as list criteria for one community, for documents with {@code communityId} and {@code unitId}
     * fields (a resident's {@code $in} of their units leaves out records without a unit).
     */
    public static Criteria inCommunity(Caller caller, String communityId) {
        caller.requireCommunity(communityId, "community", communityId);
        Criteria criteria = Criteria.where("communityId").is(communityId);
        if (caller.isResident() && !caller.seesAllCommunities()) {
            criteria = criteria.and("unitId").in(caller.unitIds());
        }
        return criteria;
    }
}
