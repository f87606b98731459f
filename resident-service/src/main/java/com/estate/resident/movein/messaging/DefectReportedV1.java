package com.estate.resident.movein.messaging;

import com.estate.platform.events.IntegrationEventType;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.estate.resident.movein.domain.Defect;
import com.estate.resident.movein.domain.MoveInEvent;
import java.time.Instant;
import java.util.List;

/**
 * Integration event {@code com.estate.resident.movein.defect-reported.v1}: a defect for workorder-service to turn
 * into a work order with {@code origin {kind: "movein-defect", id: defectId}}. {@code report} is 1 when found and
 * grows with each reopening by the owner; a reopening names the order that followed the defect
 * ({@code previousOrderId}) to reopen.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DefectReportedV1(String defectId, String caseId, String unitId, String communityId, String room,
        String item, String description, List<String> photoAttachmentIds, int report, String previousOrderId,
        String reopenReason, Instant reportedAt) {

    public static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.resident.movein.defect-reported.v1", "resident.events");

    static DefectReportedV1 of(MoveInEvent.DefectReported event) {
        var movein = event.movein();
        Defect defect = event.defect();
        return new DefectReportedV1(Defect.idOf(movein.id(), defect.number()), movein.id(), movein.unitId(),
                movein.communityId(), defect.room(), defect.item(), defect.description(), defect.photoAttachmentIds(),
                defect.reports(), event.previousOrderId(), defect.reopenReason(), event.reportedAt());
    }
}
