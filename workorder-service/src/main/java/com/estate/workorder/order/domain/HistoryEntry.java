package com.estate.workorder.order.domain;

import java.time.Instant;

/** One action on the order, who did it and why: the order's own record of what happened (overrides included). */
public record HistoryEntry(String action, WorkOrderStatus from, WorkOrderStatus to, String by, String note,
        Instant at) {
}
