package com.estate.workorder.duty;

import com.estate.workorder.dispatch.OnDutyStaff;
import com.estate.workorder.duty.domain.Assignment;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Automatic dispatch's "who is on duty now": the members whose shift in the roster holds the instant. */
@Component
class RosterOnDutyStaff implements OnDutyStaff {

    private final DutyRoster roster;

    RosterOnDutyStaff(DutyRoster roster) {
        this.roster = roster;
    }

    @Override
    public Set<String> onDutyAt(String communityId, Instant at) {
        return roster.onDutyAt(communityId, at).stream().map(Assignment::staffId).collect(Collectors.toSet());
    }
}
