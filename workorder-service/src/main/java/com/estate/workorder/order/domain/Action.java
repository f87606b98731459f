package com.estate.workorder.order.domain;

import static com.estate.workorder.order.domain.WorkOrderStatus.ACCEPTED;
import static com.estate.workorder.order.domain.WorkOrderStatus.ASSIGNED;
import static com.estate.workorder.order.domain.WorkOrderStatus.CLOSED;
import static com.estate.workorder.order.domain.WorkOrderStatus.COMPLETED;
import static com.estate.workorder.order.domain.WorkOrderStatus.DISPUTED;
import static com.estate.workorder.order.domain.WorkOrderStatus.IN_PROGRESS;
import static com.estate.workorder.order.domain.WorkOrderStatus.OPEN;
import static com.estate.workorder.order.domain.WorkOrderStatus.PAUSED;
import static com.estate.workorder.order.domain.WorkOrderStatus.REOPENED;
import static com.estate.workorder.order.domain.WorkOrderStatus.SCHEDULED;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What can be done to an order, with its path segment ({@code POST /api/work-orders/{id}/<wire>}) and the statuses
 * it is allowed in: the state machine's table (infra/ARCHITECTURE.md §23). An action in another status is refused
 * with 409, naming the current status and the actions allowed there.
 */
public enum Action {
    ASSIGN("assign", OPEN, REOPENED),
    POOL("pool", OPEN, REOPENED),
    GRAB("grab", OPEN, REOPENED),
    ACCEPT("accept", ASSIGNED),
    DECLINE("decline", ASSIGNED),
    TRANSFER("transfer", ASSIGNED, SCHEDULED, IN_PROGRESS, PAUSED),
    START("start", SCHEDULED),
    PAUSE("pause", IN_PROGRESS),
    RESUME("resume", PAUSED),
    FINISH("finish", IN_PROGRESS),
    ACCEPT_WORK("accept-work", COMPLETED),
    DISPUTE("dispute", COMPLETED),
    RATE("rate", ACCEPTED, CLOSED),
    CLOSE("close", COMPLETED, ACCEPTED),
    REOPEN("reopen", COMPLETED, ACCEPTED, DISPUTED, CLOSED),
    CANCEL("cancel", OPEN, REOPENED, ASSIGNED, SCHEDULED),
    LEAK_TEST("leak-test", COMPLETED, ACCEPTED, CLOSED),
    QUOTE("quote", OPEN, REOPENED, ASSIGNED, SCHEDULED),
    ACCEPT_QUOTE("accept-quote", OPEN, REOPENED, ASSIGNED, SCHEDULED),
    DECLINE_QUOTE("decline-quote", OPEN, REOPENED, ASSIGNED, SCHEDULED),
    OVERRIDE_WARRANTY("warranty", OPEN, REOPENED, ASSIGNED, SCHEDULED),
    URGE("urge", OPEN, REOPENED, ASSIGNED, SCHEDULED, IN_PROGRESS, PAUSED);

    private final String wire;
    private final Set<WorkOrderStatus> allowedIn;

    Action(String wire, WorkOrderStatus first, WorkOrderStatus... more) {
        this.wire = wire;
        this.allowedIn = EnumSet.of(first, more);
    }

    public String wire() {
        return wire;
    }

    public boolean allowedIn(WorkOrderStatus status) {
        return allowedIn.contains(status);
    }

    /** Every action allowed in the status, in the table's order. */
    public static List<Action> allowedActions(WorkOrderStatus status) {
        return Arrays.stream(values()).filter(a -> a.allowedIn(status)).toList();
    }

    public static Optional<Action> ofWire(String wire) {
        return Arrays.stream(values()).filter(a -> a.wire.equals(wire)).findFirst();
    }
}
