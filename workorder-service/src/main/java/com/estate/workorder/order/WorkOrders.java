package com.estate.workorder.order;

import com.estate.platform.concurrency.ConditionalSave;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.consumer.DerivedIds;
import com.estate.platform.core.pii.FieldEncryptor;
import com.estate.platform.core.pii.MainlandMobiles;
import com.estate.platform.problem.NotFoundException;
import com.estate.workorder.category.RepairCategories;
import com.estate.workorder.deadline.DeadlineProperties;
import com.estate.workorder.deadline.DeadlineWatches;
import com.estate.workorder.order.domain.Action;
import com.estate.workorder.order.domain.Contact;
import com.estate.workorder.order.domain.DeadlineKind;
import com.estate.workorder.order.domain.WorkOrder;
import com.estate.workorder.order.domain.WorkOrderStatus;
import com.estate.workorder.order.messaging.OrderPublications;
import com.estate.workorder.order.persistence.WorkOrderDocument;
import com.estate.workorder.warranty.Warranties;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Work orders: the intake every channel uses, and the one way an order changes (read, check, act, save with its
 * events). The Java API other features of the service build on (duty log, return visits, patrols).
 */
@Service
public class WorkOrders {

    static final String ORIGIN_PURPOSE = "work-order";

    private final MongoTemplate mongo;
    private final ConditionalSave conditionalSave;
    private final RepairCategories categories;
    private final Warranties warranties;
    private final DeadlineProperties deadlines;
    private final DeadlineWatches watches;
    private final OrderPublications publications;
    private final FieldEncryptor encryptor;
    private final Clock clock;

    WorkOrders(MongoTemplate mongo, ConditionalSave conditionalSave, RepairCategories categories,
            Warranties warranties, DeadlineProperties deadlines, DeadlineWatches watches,
            OrderPublications publications, FieldEncryptor encryptor, Clock clock) {
        this.mongo = mongo;
        this.conditionalSave = conditionalSave;
        this.categories = categories;
        this.warranties = warranties;
        this.deadlines = deadlines;
        this.watches = watches;
        this.publications = publications;
        this.encryptor = encryptor;
        this.clock = clock;
    }

    /**
     * Takes a repair request in: checks the category against the community's, decides the warranty (free or paid)
     * from the unit's handover date, sets the response and completion deadlines, stores the order as OPEN and
     * publishes {@code order.status-changed} (OPEN) with it.
     * <p>
     * Idempotent by origin: a command whose {@link IntakeCommand#origin()} has an id always names the same order
     * (per {@link IntakeCommand#occurrence()}), so an event-driven intake delivered many times, or a retried call,
     * returns the order the first one created, unchanged. Without an origin id every call is a new order (HTTP
     * intake is made idempotent by its {@code Idempotency-Key} instead).
     *
     * @return the order (the existing one for a repeated origin) with its revision, for an ETag
     * @throws com.estate.workorder.category.UnknownCategoryException when the community has no such category (422)
     * @throws com.estate.workorder.order.domain.InvalidWorkOrderException for a command the domain refuses (422)
     */
    public Revised<WorkOrder> intake(IntakeCommand command) {
        String id = orderIdFor(command);
        if (command.origin().identifiesOneOrder()) {
            Optional<Revised<WorkOrder>> existing = find(id);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        categories.require(command.communityId(), command.category());
        Instant now = clock.instant();
        var intake = new WorkOrder.Intake(command.communityId(), command.unitId(), command.publicArea(),
                command.requester(), contact(command), command.category(), command.description(),
                command.photoIds(), command.preferredWindow(), command.emergency(), command.channel(),
                command.origin());
        WorkOrder order = WorkOrder.open(id, intake,
                warranties.decide(command.communityId(), command.unitId(), command.category()),
                deadlines.deadlinesFrom(now, command.category(), command.emergency()), now);
        // the watch first: an order whose insert fails leaves a watch that finds nothing, never an unwatched order
        watches.watch(id, order.deadlines().respondBy());
        WorkOrderDocument document = new WorkOrderDocument(order);
        publications.opened(document);
        try {
            WorkOrderDocument stored = mongo.insert(document);
            return new Revised<>(stored.order(), stored.getRevision());
        } catch (DuplicateKeyException e) {
            // the same origin taken in at the same moment elsewhere: that one's order is the answer
            return find(id).orElseThrow(() -> e);
        }
    }

    /** The order under the id, whoever asks (for the service's own processes; callers go through access rules). */
    public Optional<Revised<WorkOrder>> find(String id) {
        return Optional.ofNullable(mongo.findById(id, WorkOrderDocument.class))
                .map(d -> new Revised<>(d.order(), d.getRevision()));
    }

    /** The id an origin's order has: derived from the origin, so a repeated intake finds it. */
    public static String orderIdFor(IntakeCommand command) {
        if (!command.origin().identifiesOneOrder()) {
            return UUID.randomUUID().toString();
        }
        String name = command.origin().kind().wire() + "/" + command.origin().id()
                + (command.occurrence() > 1 ? "/" + command.occurrence() : "");
        return DerivedIds.of(ORIGIN_PURPOSE, name);
    }

    /**
     * Applies one action to the order if it is at the revision the caller read, with its events and notifications
     * in the same write.
     *
     * @param check  who may: throws (404 for an order the caller may not see, 403/409 otherwise) before the change
     * @param actor  who acts, for the record
     * @param change the domain action, given the order and now
     */
    public Revised<WorkOrder> act(String id, IfMatch ifMatch, Consumer<WorkOrder> check, Action action,
            String actor, BiConsumer<WorkOrder, Instant> change) {
        WorkOrderDocument saved = conditionalSave.apply(() -> {
            WorkOrderDocument document = mongo.findById(id, WorkOrderDocument.class);
            if (document == null) {
                throw new NotFoundException("work-order", id);
            }
            check.accept(document.order());
            return document;
        }, ifMatch, document -> {
            WorkOrderStatus before = document.order().status();
            change.accept(document.order(), clock.instant());
            publications.acted(document, action, before, actor);
        });
        if (action == Action.REOPEN) {
            watches.watch(id, saved.order().deadlines().completeBy());
        }
        return new Revised<>(saved.order(), saved.getRevision());
    }

    /**
     * Marks the targets the order missed by now and publishes each once (the mark is saved with its events); an
     * order that missed nothing new is not written, so its ETag does not move.
     *
     * @return the targets found missed now
     */
    public List<DeadlineKind> markOverdue(String id) {
        for (int attempt = 1; ; attempt++) {
            WorkOrderDocument document = mongo.findById(id, WorkOrderDocument.class);
            if (document == null) {
                return List.of();
            }
            List<DeadlineKind> missed = document.order().markOverdue(clock.instant());
            if (missed.isEmpty()) {
                return missed;
            }
            missed.forEach(kind -> publications.overdue(document, kind));
            try {
                mongo.save(document);
                return missed;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /**
     * How many active orders (assigned, scheduled, in progress, paused) each of the technicians has, in one
     * aggregation; a technician with none is absent.
     */
    public Map<String, Long> activeLoads(List<String> staffIds) {
        List<String> active = Arrays.stream(WorkOrderStatus.values()).filter(WorkOrderStatus::isActive)
                .map(Enum::name).toList();
        var aggregation = Aggregation.newAggregation(
                Aggregation.match(Criteria.where(WorkOrderDocument.ASSIGNEE).in(staffIds)
                        .and(WorkOrderDocument.STATUS).in(active)),
                Aggregation.group(WorkOrderDocument.ASSIGNEE).count().as("load"));
        return mongo.aggregate(aggregation, WorkOrderDocument.class, Document.class).getMappedResults().stream()
                .collect(Collectors.toMap(d -> d.getString("_id"), d -> ((Number) d.get("load")).longValue()));
    }

    private Contact contact(IntakeCommand command) {
        if (command.contactName() == null && command.contactPhone() == null) {
            return null;
        }
        String phone = command.contactPhone() == null ? null
                : encryptor.encrypt(MainlandMobiles.normalize(command.contactPhone()));
        return new Contact(command.contactName(), phone);
    }
}
