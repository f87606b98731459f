package com.estate.workorder.duty.domain;

import java.util.List;

/** A stretch of time in which nobody is on duty, and the unstaffed shifts it falls in. */
public record Gap(Period period, List<ShiftRef> shifts) {

    public Gap {
        shifts = List.copyOf(shifts);
    }

}
