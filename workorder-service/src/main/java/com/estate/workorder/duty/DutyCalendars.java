package com.estate.workorder.duty;

import com.estate.workorder.duty.domain.DutyCalendar;
import java.util.Optional;

/** A community's duty calendar (time zone, summer schedule), from what the service learned of the community. */
public interface DutyCalendars {

    /** Empty while the community is unknown to the service. */
    Optional<DutyCalendar> of(String communityId);
}
