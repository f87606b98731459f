package com.estate.workorder.service;

import com.estate.contracts.identity.Role;
import com.estate.platform.concurrency.ConditionalSave;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.persistence.Pages;
import com.estate.platform.problem.BusinessRuleException;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.platform.security.CallerScope;
import com.estate.workorder.estate.Estate;
import com.estate.workorder.service.domain.CatalogItem;
import com.estate.workorder.service.domain.ServiceOrder;
import com.estate.workorder.service.domain.ServiceOrderStatus;
import com.estate.workorder.service.messaging.ServiceOrderEvents;
import com.estate.workorder.service.persistence.ServiceOrderDocument;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * Service orders (infra/BUSINESS-RULES.md §8): agreed with the resident from the catalog, assigned by the department
 * head, finished by the staff, accepted by the resident, whose acceptance asks billing for the agreed fee in the same
 * write. Staff see their communities' orders, residents their own units' (404 otherwise).
 */
@Service
public class ServiceOrders {

    private final MongoTemplate mongo;
    private final ServiceCatalog catalog;
    private final Estate estate;
    private final ServiceOrderEvents events;
    private final ConditionalSave conditionalSave;
    private final Clock clock;

    ServiceOrders(MongoTemplate mongo, ServiceCatalog catalog, Estate estate, ServiceOrderEvents events,
            ConditionalSave conditionalSave, Clock clock) {
        this.mongo = mongo;
        this.catalog = catalog;
        this.estate = estate;
        this.events = events;
        this.conditionalSave = conditionalSave;
        this.clock = clock;
    }

    /** What is agreed with the resident; the fee follows from the item's price and the quantity. */
    public record Agreement(String unitId, String itemId, BigDecimal quantity, String area, Instant scheduledFor,
            String expectedResult) {
    }

    public Revised<ServiceOrder> agree(Caller caller, Agreement agreement) {
        CatalogItem item = catalog.visibleTo(caller, agreement.itemId()).value();
        String communityId = item.communityId();
        if (!caller.canSeeUnit(communityId, agreement.unitId()) || !isUnitOf(communityId, agreement.unitId(),
                caller)) {
            throw new NotFoundException("unit", agreement.unitId());
        }
        if (!item.available()) {
            throw new BusinessRuleException("service-item-withdrawn", "the service " + item.id()
                    + " takes no new orders", item.name());
        }
        ServiceOrder order = ServiceOrder.agreed(UUID.randomUUID().toString(), communityId, agreement.unitId(), item,
                agreement.quantity(), agreement.area(), agreement.scheduledFor(), agreement.expectedResult(),
                caller.subject(), clock.instant());
        ServiceOrderDocument document = mongo.insert(ServiceOrderDocument.from(order));
        return new Revised<>(document.toDomain(), document.getRevision());
    }

    /** A resident's token names their units; staff name a unit that resident-service announced in the community. */
    private boolean isUnitOf(String communityId, String unitId, Caller caller) {
        return caller.isResident() || estate.unit(unitId).map(u -> u.communityId().equals(communityId))
                .orElse(false);
    }

    public Revised<ServiceOrder> assign(Caller caller, String orderId, IfMatch ifMatch, List<String> staff) {
        return change(caller, orderId, ifMatch, order -> order.assigned(staff));
    }

    /** Only the staff assigned (or a supervisor) report the work done. */
    public Revised<ServiceOrder> finish(Caller caller, String orderId, IfMatch ifMatch, String notes) {
        return change(caller, orderId, ifMatch, order -> {
            if (!order.isAssignedTo(caller.subject()) && !caller.hasAnyRole(Role.CS_SUPERVISOR, Role.DIRECTOR,
                    Role.PLATFORM_ADMIN)) {
                throw new BusinessRuleException("service-order-not-assigned", "only the staff assigned to "
                        + order.id() + " report it done", order.id());
            }
            return order.finished(notes, clock.instant());
        });
    }

    /** The resident accepts the work: the agreed fee is requested from billing in the same write. */
    public Revised<ServiceOrder> accept(Caller caller, String orderId, IfMatch ifMatch) {
        ServiceOrderDocument saved = conditionalSave.apply(() -> visibleDocument(caller, orderId), ifMatch,
                document -> {
                    ServiceOrder accepted = document.toDomain().accepted(caller.subject(), clock.instant());
                    document.update(accepted);
                    document.publish(events.chargeRequested(accepted));
                });
        return new Revised<>(saved.toDomain(), saved.getRevision());
    }

    public Revised<ServiceOrder> dispute(Caller caller, String orderId, IfMatch ifMatch, String reason) {
        return change(caller, orderId, ifMatch, order -> order.disputed(reason));
    }

    public Revised<ServiceOrder> cancel(Caller caller, String orderId, IfMatch ifMatch, String reason) {
        return change(caller, orderId, ifMatch, order -> order.cancelled(reason));
    }

    public Revised<ServiceOrder> visibleTo(Caller caller, String orderId) {
        ServiceOrderDocument document = visibleDocument(caller, orderId);
        return new Revised<>(document.toDomain(), document.getRevision());
    }

    public Page<ServiceOrder> inCommunity(Caller caller, String communityId, ServiceOrderStatus status,
            Pageable pageable) {
        caller.requireCommunity(communityId, "community", communityId);
        Criteria criteria = new Criteria().andOperator(CallerScope.units(caller, "communityId", "unitId"),
                Criteria.where("communityId").is(communityId));
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        return Pages.find(mongo, criteria, pageable, ServiceOrderDocument.class).map(ServiceOrderDocument::toDomain);
    }

    private Revised<ServiceOrder> change(Caller caller, String orderId, IfMatch ifMatch,
            UnaryOperator<ServiceOrder> change) {
        ServiceOrderDocument saved = conditionalSave.apply(() -> visibleDocument(caller, orderId), ifMatch,
                document -> document.update(change.apply(document.toDomain())));
        return new Revised<>(saved.toDomain(), saved.getRevision());
    }

    private ServiceOrderDocument visibleDocument(Caller caller, String orderId) {
        ServiceOrderDocument document = mongo.findById(orderId, ServiceOrderDocument.class);
        if (document == null || !caller.canSeeUnit(document.toDomain().communityId(), document.toDomain().unitId())) {
            throw new NotFoundException("service-order", orderId);
        }
        return document;
    }
}
