package com.estate.workorder.patrol;

import com.estate.platform.concurrency.ConditionalSave;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.notification.NotificationRecipient;
import com.estate.platform.notification.Notifications;
import com.estate.platform.notification.Urgency;
import com.estate.platform.outbox.OutboxEvents;
import com.estate.platform.persistence.Pages;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.workorder.patrol.domain.ChecklistItem;
import com.estate.workorder.patrol.domain.PatrolKind;
import com.estate.workorder.patrol.domain.PatrolResult;
import com.estate.workorder.patrol.domain.PatrolStatus;
import com.estate.workorder.patrol.domain.PatrolTask;
import com.estate.workorder.patrol.messaging.PatrolCompletedV1;
import com.estate.workorder.patrol.persistence.PatrolTaskDocument;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * Patrol and inspection tasks: scheduled from other services' events or by staff, recorded by whoever patrols
 * (staff of the community), their problems turned into work orders and their results told to the unit's household.
 */
@Service
public class PatrolTasks {

    static final String NOTIFY_RESULT = "workorder.patrol-recorded";

    private final MongoTemplate mongo;
    private final PatrolProperties properties;
    private final PatrolProblemOrders problemOrders;
    private final PatrolFiles files;
    private final Notifications notifications;
    private final OutboxEvents outboxEvents;
    private final ConditionalSave conditionalSave;
    private final Clock clock;

    PatrolTasks(MongoTemplate mongo, PatrolProperties properties, PatrolProblemOrders problemOrders,
            PatrolFiles files, Notifications notifications, OutboxEvents outboxEvents,
            ConditionalSave conditionalSave, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.problemOrders = problemOrders;
        this.files = files;
        this.notifications = notifications;
        this.outboxEvents = outboxEvents;
        this.conditionalSave = conditionalSave;
        this.clock = clock;
    }

    /** A task the service schedules itself, along its kind's checklist. */
    public PatrolTask newTask(String id, String communityId, PatrolKind kind, String unitId, String sourceId,
            Instant notBefore, Instant dueBy, String by) {
        return PatrolTask.scheduled(id, communityId, kind, unitId, null, sourceId, notBefore, dueBy,
                properties.checklistOf(kind), by, clock.instant());
    }

    /** Stores a task under its derived id; one stored before (a redelivered event) is kept as it is. */
    public void schedule(PatrolTask task) {
        try {
            mongo.insert(PatrolTaskDocument.from(task));
        } catch (DuplicateKeyException alreadyScheduled) {
            // the same id is the same task: what was stored first stands
        }
    }

    /** What it was for ended: a scheduled task is not made any more (a made or missing one is left alone). */
    public void end(String taskId) {
        PatrolTaskDocument document = mongo.findById(taskId, PatrolTaskDocument.class);
        if (document == null || document.toDomain().status() != PatrolStatus.SCHEDULED) {
            return;
        }
        conditionalSave.apply(() -> mongo.findById(taskId, PatrolTaskDocument.class), IfMatch.ANY,
                stored -> stored.update(stored.toDomain().ended()));
    }

    /** An inspection of a public area that staff plan themselves; their own checklist, or the kind's. */
    public Revised<PatrolTask> plan(Caller caller, String communityId, String area, Instant notBefore,
            Instant dueBy, List<ChecklistItem> checklist) {
        caller.requireCommunity(communityId, "community", communityId);
        List<ChecklistItem> items = checklist.isEmpty() ? properties.checklistOf(PatrolKind.PUBLIC_AREA) : checklist;
        PatrolTask task = PatrolTask.scheduled(UUID.randomUUID().toString(), communityId, PatrolKind.PUBLIC_AREA,
                null, area, null, notBefore, dueBy, items, caller.subject(), clock.instant());
        PatrolTaskDocument document = mongo.insert(PatrolTaskDocument.from(task));
        return new Revised<>(document.toDomain(), document.getRevision());
    }

    /**
     * Records what the patrol found. The result is checked first (its photos must be the patrol's); each problem
     * then becomes a work order (idempotent by the task and the problem's place in the list, so a retried request
     * opens none twice) with the problem's photos, and the result, the orders, the household's notification and, for
     * a custody patrol, {@code patrol.completed} for resident-service's custody record are saved in one write.
     */
    public Revised<PatrolTask> record(Caller caller, String taskId, IfMatch ifMatch, PatrolResult submitted) {
        PatrolTaskDocument current = visibleDocument(caller, taskId);
        ifMatch.require(current.getRevision());
        PatrolTask checked = current.toDomain().recorded(submitted);
        files.requireUploaded(taskId, submitted.allPhotoIds());
        List<String> orders = problemOrders.openFor(checked, caller);
        PatrolTaskDocument saved = conditionalSave.apply(() -> visibleDocument(caller, taskId), ifMatch, document -> {
            PatrolTask done = document.toDomain().recorded(submitted.withOrders(orders));
            document.update(done);
            if (done.isOfUnit()) {
                notifyHousehold(document, done);
            }
            if (done.answersCustody()) {
                document.publish(outboxEvents.create(PatrolCompletedV1.TYPE, done.id(), done.communityId(),
                        PatrolCompletedV1.of(done)));
            }
        });
        return new Revised<>(saved.toDomain(), saved.getRevision());
    }

    private void notifyHousehold(PatrolTaskDocument document, PatrolTask done) {
        PatrolResult result = done.result();
        notifications.request(document, new NotificationRecipient.Household(done.communityId(), done.unitId()),
                NOTIFY_RESULT, Map.of("patrolId", done.id(), "kind", done.kind().name(), "unitId", done.unitId(),
                        "recordedAt", result.recordedAt().toString(), "problemsFound",
                        Boolean.toString(result.problemsFound()), "orders", Integer.toString(result.orderIds().size())),
                result.problemsFound() ? Urgency.URGENT : Urgency.NORMAL);
    }

    public Revised<PatrolTask> visibleTo(Caller caller, String taskId) {
        PatrolTaskDocument document = visibleDocument(caller, taskId);
        return new Revised<>(document.toDomain(), document.getRevision());
    }

    public Page<PatrolTask> inCommunity(Caller caller, String communityId, PatrolStatus status, PatrolKind kind,
            Pageable pageable) {
        caller.requireCommunity(communityId, "community", communityId);
        Criteria criteria = Criteria.where("communityId").is(communityId);
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        if (kind != null) {
            criteria = criteria.and("kind").is(kind);
        }
        return Pages.find(mongo, criteria, pageable, PatrolTaskDocument.class).map(PatrolTaskDocument::toDomain);
    }

    private PatrolTaskDocument visibleDocument(Caller caller, String taskId) {
        PatrolTaskDocument document = mongo.findById(taskId, PatrolTaskDocument.class);
        if (document == null || !caller.canSeeCommunity(document.toDomain().communityId())) {
            throw new NotFoundException("patrol", taskId);
        }
        return document;
    }
}
