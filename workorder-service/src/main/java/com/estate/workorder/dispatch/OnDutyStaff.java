package com.estate.workorder.dispatch;

import java.time.Instant;
import java.util.Set;

/**
 * Who is on duty in a community at an instant (the duty roster's answer): automatic dispatch prefers them among the
 * technicians who could take an order. The duty roster provides the bean; while there is none, dispatch works
 * without the preference.
 */
public interface OnDutyStaff {

    /**
     * @return the staff ids (the gateway user's subject, as on technician profiles) on duty in the community at
     *         {@code at}; empty when nobody is, or the community has no roster
     */
    Set<String> onDutyAt(String communityId, Instant at);
}
