package com.estate.workorder.duty.web;

import com.estate.contracts.identity.Role;
import com.estate.platform.concurrency.Etags;
import com.estate.workorder.duty.DutyRoster.PlannedDay;
import com.estate.workorder.duty.domain.Assignment;
import com.estate.workorder.duty.domain.DutyCalendar;
import com.estate.workorder.duty.domain.Period;
import com.estate.workorder.duty.domain.Season;
import com.estate.workorder.duty.domain.Shift;
import com.estate.workorder.duty.domain.ShiftKind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The plan of a date range: every day's shifts with their hours and who keeps them. */
record DutyPlanView(String communityId, String timeZone, List<Day> days) {

    static DutyPlanView of(String communityId, DutyCalendar calendar, List<PlannedDay> days) {
        return new DutyPlanView(communityId, calendar.zone().getId(),
                days.stream().map(day -> Day.of(calendar, day)).toList());
    }

    /** {@code etag} is what {@code If-Match} takes to remove an assignment of the day. */
    record Day(LocalDate date, Season season, String etag, List<ShiftView> shifts) {

        static Day of(DutyCalendar calendar, PlannedDay planned) {
            LocalDate date = planned.day().date();
            return new Day(date, calendar.seasonOf(date), Etags.of(planned.revision()),
                    calendar.shifts(date).stream().map(shift -> ShiftView.of(shift, planned)).toList());
        }
    }

    record ShiftView(ShiftKind kind, Role staffedBy, List<PeriodView> periods, List<AssigneeView> assignees) {

        static ShiftView of(Shift shift, PlannedDay planned) {
            return new ShiftView(shift.kind(), shift.kind().staffedBy(),
                    shift.periods().stream().map(PeriodView::of).toList(),
                    planned.day().on(shift.kind()).stream().map(AssigneeView::of).toList());
        }
    }

    record PeriodView(OffsetDateTime start, OffsetDateTime end) {

        static PeriodView of(Period period) {
            return new PeriodView(period.start().toOffsetDateTime(), period.end().toOffsetDateTime());
        }
    }

    record AssigneeView(String assignmentId, String staffId, String staffName) {

        static AssigneeView of(Assignment assignment) {
            return new AssigneeView(assignment.id(), assignment.staffId(), assignment.staffName());
        }
    }
}
