package com.estate.workorder.patrol;

import com.estate.platform.consumer.DerivedIds;
import com.estate.workorder.estate.Estate;
import com.estate.workorder.patrol.domain.PatrolKind;
import com.estate.workorder.patrol.domain.RenovationInspectionPlan;
import com.estate.workorder.patrol.persistence.RenovationInspectionsDocument;
import com.estate.workorder.patrol.persistence.RenovationInspectionsDocument.Stage;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A renovation's inspections through its life (infra/BUSINESS-RULES.md §4): permitted → routine inspections while the
 * works run; completed → those end and the acceptance inspection is scheduled; accepted → nothing more is made. Each
 * step writes its tasks (by ids derived from the renovation, so writing them again changes nothing) before the
 * consumer saves the renovation's document with the event id: a step interrupted by a crash is completed by the
 * event's redelivery.
 */
@Component
public class RenovationInspections {

    private static final String BY = "resident-service";

    private final PatrolTasks tasks;
    private final RenovationInspectionPlan plan;
    private final Estate estate;

    RenovationInspections(PatrolTasks tasks, PatrolProperties properties, Estate estate) {
        this.tasks = tasks;
        this.plan = properties.renovationPlan();
        this.estate = estate;
    }

    public void permitted(RenovationInspectionsDocument document, java.time.LocalDate firstDay,
            java.time.LocalDate lastDay) {
        if (document.stage() != null) {
            return; // completed or accepted first (a replay): no routine inspections any more
        }
        ZoneId zone = estate.zoneOf(document.communityId());
        List<String> scheduled = new ArrayList<>();
        for (RenovationInspectionPlan.Visit visit : plan.routine(firstDay, lastDay, zone)) {
            String id = DerivedIds.of("renovation-inspection", document.renovationId() + "/" + visit.day());
            tasks.schedule(tasks.newTask(id, document.communityId(), PatrolKind.RENOVATION_INSPECTION,
                    document.unitId(), document.renovationId(), visit.notBefore(), visit.dueBy(), BY));
            scheduled.add(id);
        }
        document.reached(Stage.PERMITTED, scheduled);
    }

    public void completed(RenovationInspectionsDocument document, Instant reportedAt) {
        document.taskIds().forEach(tasks::end);
        if (document.stage() == Stage.ACCEPTED) {
            return;
        }
        var acceptance = plan.acceptance(reportedAt, estate.zoneOf(document.communityId()));
        String id = DerivedIds.of("renovation-acceptance", document.renovationId());
        tasks.schedule(tasks.newTask(id, document.communityId(), PatrolKind.RENOVATION_ACCEPTANCE,
                document.unitId(), document.renovationId(), acceptance.notBefore(), acceptance.dueBy(), BY));
        document.reached(Stage.COMPLETED, List.of(id));
    }

    public void accepted(RenovationInspectionsDocument document) {
        document.taskIds().forEach(tasks::end);
        document.reached(Stage.ACCEPTED, List.of());
    }
}
