package com.estate.workorder.duty;

import com.estate.workorder.duty.domain.DutyCalendar;
import com.estate.workorder.duty.domain.ShiftHours;
import com.estate.workorder.duty.domain.SummerSchedule;
import com.estate.workorder.estate.CommunityFacts;
import com.estate.workorder.estate.Estate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Duty calendars from what resident-service announced of each community (time zone, summer schedule). */
@Component
class EstateDutyCalendars implements DutyCalendars {

    private final Estate estate;
    private final ShiftHours hours;

    EstateDutyCalendars(Estate estate, DutyProperties properties) {
        this.estate = estate;
        this.hours = properties.hours().toShiftHours();
    }

    @Override
    public Optional<DutyCalendar> of(String communityId) {
        return estate.community(communityId).map(this::calendarOf);
    }

    private DutyCalendar calendarOf(CommunityFacts facts) {
        Optional<SummerSchedule> summer = facts.keepsSummerHours()
                ? Optional.of(new SummerSchedule(facts.summerStart(), facts.summerEnd()))
                : Optional.empty();
        return new DutyCalendar(facts.timeZone(), summer, hours);
    }
}
