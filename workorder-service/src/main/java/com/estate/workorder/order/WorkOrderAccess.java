package com.estate.workorder.order;

import static com.estate.workorder.order.domain.Action.ACCEPT;
import static com.estate.workorder.order.domain.Action.ACCEPT_QUOTE;
import static com.estate.workorder.order.domain.Action.ACCEPT_WORK;
import static com.estate.workorder.order.domain.Action.DECLINE;
import static com.estate.workorder.order.domain.Action.DECLINE_QUOTE;
import static com.estate.workorder.order.domain.Action.DISPUTE;
import static com.estate.workorder.order.domain.Action.FINISH;
import static com.estate.workorder.order.domain.Action.GRAB;
import static com.estate.workorder.order.domain.Action.LEAK_TEST;
import static com.estate.workorder.order.domain.Action.PAUSE;
import static com.estate.workorder.order.domain.Action.QUOTE;
import static com.estate.workorder.order.domain.Action.RATE;
import static com.estate.workorder.order.domain.Action.RESUME;
import static com.estate.workorder.order.domain.Action.START;
import static com.estate.workorder.order.domain.Action.URGE;

import com.estate.contracts.identity.Role;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.platform.security.CallerScope;
import com.estate.workorder.order.domain.Action;
import com.estate.workorder.order.domain.Requester;
import com.estate.workorder.order.domain.WorkOrder;
import com.estate.workorder.order.persistence.WorkOrderDocument;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may see and do what with an order (infra/ARCHITECTURE.md §23). Seeing: the desk (agents, supervisors, the
 * director) the orders of their communities; a technician those assigned to them and their community's pool; a
 * resident their household's orders (and the public-area ones they reported). Anything else is 404. Doing: each
 * role its own actions (403 for another's), a technician only on their own order (or grabbing from the pool), a
 * resident only for their household.
 */
public final class WorkOrderAccess {

    private static final Set<Action> TECHNICIAN = EnumSet.of(ACCEPT, DECLINE, START, PAUSE, RESUME, FINISH,
            LEAK_TEST, QUOTE);
    private static final Set<Action> RESIDENT = EnumSet.of(ACCEPT_QUOTE, DECLINE_QUOTE, ACCEPT_WORK, DISPUTE, RATE,
            URGE);
    /** The desk acts for residents at the counter (quotes, acceptance), but never does a technician's work. */
    private static final Set<Action> DESK = EnumSet.complementOf(EnumSet.of(ACCEPT, DECLINE, START, PAUSE, RESUME,
            FINISH, GRAB, URGE));

    private WorkOrderAccess() {
    }

    public static boolean isDesk(Caller caller) {
        return caller.seesAllCommunities() || caller.hasAnyRole(Role.CS_AGENT, Role.CS_SUPERVISOR, Role.DIRECTOR);
    }

    public static boolean canSee(Caller caller, WorkOrder order) {
        if (isDesk(caller)) {
            return caller.canSeeCommunity(order.communityId());
        }
        if (caller.hasRole(Role.TECHNICIAN)) {
            return caller.canSeeCommunity(order.communityId())
                    && (caller.subject().equals(order.assigneeId()) || order.pooled());
        }
        if (caller.isResident()) {
            return order.unitId() != null ? caller.canSeeUnit(order.communityId(), order.unitId())
                    : caller.communities().contains(order.communityId())
                            && order.requester().kind() == Requester.Kind.RESIDENT
                            && order.requester().id().equals(caller.residentId());
        }
        return false;
    }

    /** 404 for an order the caller may not see. */
    public static void requireVisible(Caller caller, WorkOrder order) {
        if (!canSee(caller, order)) {
            throw new NotFoundException("work-order", order.id());
        }
    }

    /** 404 for an order the caller may not see; 403 for an action that is not the caller's to take on it. */
    public static void requireMayAct(Caller caller, WorkOrder order, Action action) {
        if (action == GRAB && caller.hasRole(Role.TECHNICIAN) && caller.canSeeCommunity(order.communityId())) {
            return; // one who grabbed too late is told it is gone (409 from the state machine), not 404
        }
        requireVisible(caller, order);
        boolean allowed = isDesk(caller) && DESK.contains(action)
                || caller.hasRole(Role.TECHNICIAN) && TECHNICIAN.contains(action)
                        && caller.subject().equals(order.assigneeId())
                || caller.isResident() && RESIDENT.contains(action);
        if (!allowed) {
            throw new AccessDeniedException("action " + action.wire() + " is not the caller's");
        }
    }

    /** List criteria: what {@link #canSee} allows, within one community or (null) all of the caller's. */
    public static Criteria scope(Caller caller, String communityId) {
        Criteria criteria;
        if (communityId != null) {
            caller.requireCommunity(communityId, "community", communityId);
            criteria = Criteria.where(WorkOrderDocument.COMMUNITY).is(communityId);
        } else {
            criteria = CallerScope.communities(caller, WorkOrderDocument.COMMUNITY);
        }
        if (isDesk(caller)) {
            return criteria;
        }
        if (caller.hasRole(Role.TECHNICIAN)) {
            return criteria.orOperator(Criteria.where(WorkOrderDocument.ASSIGNEE).is(caller.subject()),
                    Criteria.where(WorkOrderDocument.POOLED).is(true));
        }
        if (caller.isResident()) {
            return criteria.orOperator(Criteria.where(WorkOrderDocument.UNIT).in(caller.unitIds()),
                    Criteria.where(WorkOrderDocument.UNIT).is(null).and("order.requester.kind").is("RESIDENT")
                            .and("order.requester.id").is(caller.residentId()));
        }
        return criteria.and("_id").in(java.util.List.of()); // other roles see no orders
    }
}
