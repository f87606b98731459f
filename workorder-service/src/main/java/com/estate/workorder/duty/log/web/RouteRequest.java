package com.estate.workorder.duty.log.web;

import com.estate.workorder.duty.domain.Resolution;
import com.estate.workorder.duty.log.DutyLog;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Where an entry goes; {@code category} (a repair category code) for a work order, {@code reason} for a closing. */
record RouteRequest(@NotNull Resolution resolution, @Size(max = 40) String category, Boolean emergency,
        @Size(max = 500) String reason) {

    DutyLog.Route toRoute() {
        return new DutyLog.Route(resolution, category, Boolean.TRUE.equals(emergency), reason);
    }
}
