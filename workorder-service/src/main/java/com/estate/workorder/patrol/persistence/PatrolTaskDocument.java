package com.estate.workorder.patrol.persistence;

import com.estate.platform.outbox.AggregateDocument;
import com.estate.workorder.patrol.domain.ChecklistItem;
import com.estate.workorder.patrol.domain.PatrolKind;
import com.estate.workorder.patrol.domain.PatrolResult;
import com.estate.workorder.patrol.domain.PatrolStatus;
import com.estate.workorder.patrol.domain.PatrolTask;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A patrol or inspection task with its result and pending events (the owner's notification). */
@Document("patrol_tasks")
public class PatrolTaskDocument extends AggregateDocument {

    @Id
    String id;

    String communityId;

    PatrolKind kind;

    String unitId;

    String area;

    String sourceId;

    String custodyId;

    Instant notBefore;

    Instant dueBy;

    List<ChecklistItem> checklist;

    PatrolStatus status;

    PatrolResult result;

    String createdBy;

    Instant createdAt;

    protected PatrolTaskDocument() {
    }

    public static PatrolTaskDocument from(PatrolTask task) {
        PatrolTaskDocument document = new PatrolTaskDocument();
        document.id = task.id();
        document.communityId = task.communityId();
        document.kind = task.kind();
        document.unitId = task.unitId();
        document.area = task.area();
        document.sourceId = task.sourceId();
        document.custodyId = task.custodyId();
        document.notBefore = task.notBefore();
        document.dueBy = task.dueBy();
        document.checklist = task.checklist();
        document.createdBy = task.createdBy();
        document.createdAt = task.createdAt();
        document.update(task);
        return document;
    }

    public void update(PatrolTask task) {
        status = task.status();
        result = task.result();
    }

    public PatrolTask toDomain() {
        return new PatrolTask(id, communityId, kind, unitId, area, sourceId, custodyId, notBefore, dueBy,
                checklist == null ? List.of() : checklist, status, result, createdBy, createdAt);
    }
}
