package com.estate.workorder.duty;

import com.estate.workorder.duty.domain.ShiftHours;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code app.duty.*}: the shift hours (defaults from the manual, infra/BUSINESS-RULES.md §9) and how many days one
 * plan or coverage request may span (each day is one document read).
 */
@ConfigurationProperties("app.duty")
public record DutyProperties(@DefaultValue Hours hours, @DefaultValue("62") int maxRangeDays) {

    public record Hours(@DefaultValue("08:30") LocalTime dayStart, @DefaultValue("12:00") LocalTime noonStart,
            @DefaultValue("13:30") LocalTime noonEnd, @DefaultValue("14:00") LocalTime summerNoonEnd,
            @DefaultValue("17:30") LocalTime nightStart, @DefaultValue("18:00") LocalTime summerNightStart) {

        public ShiftHours toShiftHours() {
            return new ShiftHours(dayStart, noonStart, noonEnd, summerNoonEnd, nightStart, summerNightStart);
        }
    }
}
