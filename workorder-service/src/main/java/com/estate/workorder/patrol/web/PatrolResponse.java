package com.estate.workorder.patrol.web;

import com.estate.workorder.patrol.domain.ChecklistItem;
import com.estate.workorder.patrol.domain.PatrolKind;
import com.estate.workorder.patrol.domain.PatrolResult;
import com.estate.workorder.patrol.domain.PatrolStatus;
import com.estate.workorder.patrol.domain.PatrolTask;
import java.time.Instant;
import java.util.List;

/** A patrol or inspection task, with its result once recorded (the work orders its problems became). */
record PatrolResponse(String id, String communityId, PatrolKind kind, String unitId, String area, String sourceId,
        Instant notBefore, Instant dueBy, List<ChecklistItem> checklist, PatrolStatus status, PatrolResult result,
        boolean problemsFound, Instant createdAt) {

    static PatrolResponse of(PatrolTask task) {
        return new PatrolResponse(task.id(), task.communityId(), task.kind(), task.unitId(), task.area(),
                task.sourceId(), task.notBefore(), task.dueBy(), task.checklist(), task.status(), task.result(),
                task.result() != null && task.result().problemsFound(), task.createdAt());
    }
}
