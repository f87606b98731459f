package com.estate.workorder.order;

import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.persistence.Pages;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.workorder.deadline.DeadlineProperties;
import com.estate.workorder.dispatch.Dispatcher;
import com.estate.workorder.estate.Estate;
import com.estate.workorder.order.domain.Action;
import com.estate.workorder.order.domain.Channel;
import com.estate.workorder.order.domain.InvalidWorkOrderException;
import com.estate.workorder.order.domain.Requester;
import com.estate.workorder.order.domain.WorkOrder;
import com.estate.workorder.order.domain.WorkOrderStatus;
import com.estate.workorder.order.persistence.WorkOrderDocument;
import com.estate.workorder.quote.PriceLists;
import com.estate.workorder.quote.QuoteStatus;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiConsumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Work orders as callers reach them over HTTP: intake by residents and the desk, reading and listing under
 * {@link WorkOrderAccess}, and every action of the state machine with its inputs.
 */
@Service
public class WorkOrderDesk {

    /** What the desk takes in over HTTP; the other channels are processes of the suite (the Java API). */
    private static final Set<Channel> DESK_CHANNELS = EnumSet.of(Channel.FRONT_DESK, Channel.PHONE,
            Channel.DUTY_LOG);

    private final WorkOrders orders;
    private final Estate estate;
    private final Dispatcher dispatcher;
    private final PriceLists priceLists;
    private final DeadlineProperties deadlines;
    private final MongoTemplate mongo;
    private final WorkOrderFiles files;

    WorkOrderDesk(WorkOrders orders, Estate estate, Dispatcher dispatcher, PriceLists priceLists,
            DeadlineProperties deadlines, MongoTemplate mongo, WorkOrderFiles files) {
        this.orders = orders;
        this.estate = estate;
        this.dispatcher = dispatcher;
        this.priceLists = priceLists;
        this.deadlines = deadlines;
        this.mongo = mongo;
        this.files = files;
    }

    /**
     * What a caller reports; the requester and, for a resident, the channel come from the token, not the body.
     * Photos are uploaded to the order once it exists ({@code POST /api/work-orders/{id}/attachments}).
     */
    public record Report(String communityId, String unitId, String publicArea, String contactName,
            String contactPhone, String category, String description,
            com.estate.workorder.order.domain.TimeWindow preferredWindow, boolean emergency, Channel channel) {
    }

    public Revised<WorkOrder> intake(Caller caller, Report report) {
        Requester requester;
        Channel channel;
        if (caller.isResident() && !caller.seesAllCommunities()) {
            if (report.unitId() == null || !caller.canSeeUnit(report.communityId(), report.unitId())) {
                throw new NotFoundException("unit", report.unitId());
            }
            requester = new Requester(Requester.Kind.RESIDENT, caller.residentId());
            channel = Channel.RESIDENT_APP;
        } else if (WorkOrderAccess.isDesk(caller)) {
            caller.requireCommunity(report.communityId(), "community", report.communityId());
            requester = new Requester(Requester.Kind.STAFF, caller.subject());
            channel = report.channel() == null ? Channel.FRONT_DESK : report.channel();
            if (!DESK_CHANNELS.contains(channel)) {
                throw new InvalidWorkOrderException("channel", "the desk takes orders in by " + DESK_CHANNELS);
            }
        } else {
            throw new AccessDeniedException("only residents and the desk take repairs in");
        }
        // a unit resident-service has announced in that community, so the warranty has its handover date
        if (report.unitId() != null && estate.unit(report.unitId())
                .filter(u -> u.communityId().equals(report.communityId())).isEmpty()) {
            throw new NotFoundException("unit", report.unitId());
        }
        return orders.intake(new IntakeCommand(report.communityId(), report.unitId(), report.publicArea(), requester,
                report.contactName(), report.contactPhone(), report.category(), report.description(),
                java.util.List.of(), report.preferredWindow(), report.emergency(), channel, null));
    }

    public Revised<WorkOrder> visibleTo(Caller caller, String id) {
        Revised<WorkOrder> order = orders.find(id).orElseThrow(() -> new NotFoundException("work-order", id));
        WorkOrderAccess.requireVisible(caller, order.value());
        return order;
    }

    /** A page of the community's orders the caller may see, optionally of one status, overdue ones only, or the pool. */
    public Page<WorkOrder> list(Caller caller, String communityId, WorkOrderStatus status, Boolean overdue,
            Boolean pooled, String assigneeId, Pageable pageable) {
        Criteria criteria = WorkOrderAccess.scope(caller, communityId);
        if (status != null) {
            criteria = criteria.and(WorkOrderDocument.STATUS).is(status);
        }
        if (Boolean.TRUE.equals(pooled)) {
            criteria = criteria.and(WorkOrderDocument.POOLED).is(true);
        }
        if (assigneeId != null) {
            criteria = criteria.and(WorkOrderDocument.ASSIGNEE).is(assigneeId);
        }
        if (Boolean.TRUE.equals(overdue)) {
            criteria = criteria.andOperator(new Criteria().orOperator(
                    Criteria.where("order.deadlines.responseOverdueAt").ne(null)
                            .and("order.deadlines.respondedAt").is(null),
                    Criteria.where("order.deadlines.completionOverdueAt").ne(null)
                            .and("order.deadlines.completedAt").is(null)),
                    Criteria.where(WorkOrderDocument.STATUS).nin(WorkOrderStatus.CLOSED, WorkOrderStatus.CANCELLED));
        }
        return Pages.find(mongo, criteria, pageable, WorkOrderDocument.class).map(WorkOrderDocument::order);
    }

    /** One action of the state machine, by the caller, on the order as they read it ({@code If-Match}). */
    public Revised<WorkOrder> act(Caller caller, String id, Action action, ActionInput input, IfMatch ifMatch) {
        String actor = caller.subject();
        BiConsumer<WorkOrder, Instant> change = switch (action) {
            case ASSIGN -> (order, now) -> order.assign(technicianFor(order, input.technicianId()), actor, now);
            case POOL -> (order, now) -> order.pool(actor, now);
            case GRAB -> (order, now) -> {
                requireAble(actor, order);
                order.grab(actor, now);
            };
            case ACCEPT -> (order, now) -> order.accept(required(input.appointment(), "appointment"), now);
            case DECLINE -> (order, now) -> order.decline(input.reason(), now);
            case TRANSFER -> (order, now) -> order.transfer(requireAble(required(input.technicianId(),
                    "technicianId"), order), input.reason(), actor, now);
            case START -> (order, now) -> order.start(actor, now);
            case PAUSE -> (order, now) -> order.pause(input.reason(), actor, now);
            case RESUME -> (order, now) -> order.resume(actor, now);
            case FINISH -> (order, now) -> {
                files.requireUploaded(order.id(), input.photoIds() == null ? java.util.List.of() : input.photoIds());
                order.finish(input.notes(), input.materials(), input.photoIds(), actor, now);
            };
            case ACCEPT_WORK -> (order, now) -> order.acceptWork(actor, now);
            case DISPUTE -> (order, now) -> order.dispute(input.reason(), actor, now);
            case RATE -> (order, now) -> order.rate(required(input.score(), "score"), input.comment(), actor, now);
            case CLOSE -> (order, now) -> order.close(input.notes(), actor, now);
            case REOPEN -> (order, now) -> order.reopen(input.reason(), now.plus(deadlines.targetsFor(
                    order.category(), order.emergency()).completion()), actor, now);
            case CANCEL -> (order, now) -> order.cancel(input.reason(), actor, now);
            case LEAK_TEST -> (order, now) -> order.recordLeakTest(required(input.testedOn(), "testedOn"), actor,
                    now);
            case QUOTE -> (order, now) -> order.proposeQuote(priceLists.quote(order.communityId(),
                    required(input.items(), "items"), actor, now), now);
            case ACCEPT_QUOTE -> (order, now) -> order.decideQuote(QuoteStatus.ACCEPTED, actor, now);
            case DECLINE_QUOTE -> (order, now) -> order.decideQuote(QuoteStatus.DECLINED, actor, now);
            case OVERRIDE_WARRANTY -> (order, now) -> order.overrideWarranty(required(input.coverage(), "coverage"),
                    input.reason(), actor, now);
            case URGE -> (order, now) -> order.urge(actor, now);
        };
        return orders.act(id, ifMatch, order -> WorkOrderAccess.requireMayAct(caller, order, action), action, actor,
                change);
    }

    /** The chosen technician, or automatic dispatch's choice when none is named. */
    private String technicianFor(WorkOrder order, String technicianId) {
        return technicianId == null ? dispatcher.chooseFor(order.communityId(), order.category())
                : requireAble(technicianId, order);
    }

    private String requireAble(String technicianId, WorkOrder order) {
        if (!dispatcher.canTake(technicianId, order.communityId(), order.category())) {
            throw new com.estate.workorder.dispatch.TechnicianCannotTakeException(technicianId, order.communityId(),
                    order.category());
        }
        return technicianId;
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidWorkOrderException(field, "this action needs " + field);
        }
        return value;
    }
}
