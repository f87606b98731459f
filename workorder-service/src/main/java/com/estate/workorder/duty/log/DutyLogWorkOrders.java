package com.estate.workorder.duty.log;

import com.estate.platform.security.Caller;
import com.estate.workorder.duty.domain.DutyLogEntry;

/**
 * Opens the work order a duty-log entry is routed to, through the service's intake (channel DUTY_LOG, origin the
 * entry), so an entry becomes at most one order however often it is routed.
 */
public interface DutyLogWorkOrders {

    /** @return the id of the order opened for the entry, or of the one opened for it before */
    String open(Caller caller, DutyLogEntry entry, WorkOrderDetails details);

    /** What the person on duty adds to the logged text for the order. */
    record WorkOrderDetails(String category, boolean emergency) {
    }
}
