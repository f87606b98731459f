package com.estate.workorder.patrol.messaging;

import com.estate.platform.core.pii.PiiMasks;
import com.estate.platform.events.IntegrationEventType;
import com.estate.workorder.patrol.domain.PatrolKind;
import com.estate.workorder.patrol.domain.PatrolResult;
import com.estate.workorder.patrol.domain.PatrolTask;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * Integration event {@code com.estate.workorder.patrol.completed.v1} (contract in infra/contracts): a custody patrol's
 * result, for resident-service to record on the custody it was asked for. Staff by account id only; the free text is
 * written by staff, so phone- and ID-shaped numbers in it are masked before it leaves the service.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PatrolCompletedV1(String patrolId, PatrolKind kind, String communityId, String unitId,
        String custodyId, String requestId, Instant recordedAt, String recordedBy, String findings,
        boolean problemsFound, List<CheckV1> checks, List<String> orderIds, int photos) {

    public static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.workorder.patrol.completed.v1", "workorder.events");

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CheckV1(String code, boolean ok, String note) {
    }

    public static PatrolCompletedV1 of(PatrolTask task) {
        PatrolResult result = task.result();
        return new PatrolCompletedV1(task.id(), task.kind(), task.communityId(), task.unitId(), task.custodyId(),
                task.sourceId(), result.recordedAt(), result.recordedBy(), masked(result.findings()),
                result.problemsFound(), result.checks().stream()
                        .map(check -> new CheckV1(check.code(), check.ok(), masked(check.note()))).toList(),
                result.orderIds(), result.allPhotoIds().size());
    }

    private static String masked(String text) {
        return text == null || text.isBlank() ? text : PiiMasks.maskPiiIn(text);
    }
}
