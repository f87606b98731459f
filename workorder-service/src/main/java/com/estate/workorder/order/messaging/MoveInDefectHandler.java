package com.estate.workorder.order.messaging;

import com.estate.platform.events.IntegrationEventType;
import com.estate.workorder.category.RepairCategories;
import com.estate.workorder.order.IntakeCommand;
import com.estate.workorder.order.WorkOrders;
import com.estate.workorder.order.domain.Channel;
import com.estate.workorder.order.domain.Origin;
import com.estate.workorder.order.domain.OriginKind;
import com.estate.workorder.order.domain.Requester;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * A defect found at a move-in inspection becomes a work order, origin {@code movein-defect} and the defect id, which
 * resident-service follows by {@code order.status-changed}. A defect reported again after a failed repair (report 2,
 * 3, ...) gets a new order for the same origin, as its contract allows.
 */
@Component
class MoveInDefectHandler extends EventIntakeHandler<MoveInDefectHandler.DefectReported> {

    static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.resident.movein.defect-reported.v1", "resident.events");

    /** The fields read from {@code movein.defect-reported.v1} (tolerant reader). */
    record DefectReported(String defectId, String unitId, String communityId, String room, String item,
            String description, int report) {

        DefectReported {
            Objects.requireNonNull(defectId, "defectId");
            Objects.requireNonNull(unitId, "unitId");
            Objects.requireNonNull(communityId, "communityId");
        }
    }

    MoveInDefectHandler(WorkOrders orders, RepairCategories categories, IntakeProperties properties, Clock clock) {
        super(TYPE, orders, categories, properties.fallbackCategory(), clock);
    }

    @Override
    public Class<DefectReported> dataType() {
        return DefectReported.class;
    }

    @Override
    public String purpose() {
        return "movein-defect-intake";
    }

    @Override
    IntakeCommand command(DefectReported defect) {
        String text = "[入住验房 move-in inspection " + defect.room() + "/" + defect.item() + "] "
                + defect.description();
        return new IntakeCommand(defect.communityId(), defect.unitId(), null,
                new Requester(Requester.Kind.SYSTEM, "resident-service"), null, null,
                categoryFor(defect.communityId(), defect.item() + " " + defect.description()), text, List.of(), null,
                false, Channel.MOVE_IN_DEFECT, new Origin(OriginKind.MOVEIN_DEFECT, defect.defectId()),
                Math.max(1, defect.report()));
    }
}
