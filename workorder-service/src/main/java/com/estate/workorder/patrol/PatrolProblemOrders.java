package com.estate.workorder.patrol;

import com.estate.platform.security.Caller;
import com.estate.workorder.order.IntakeCommand;
import com.estate.workorder.order.WorkOrderFiles;
import com.estate.workorder.order.WorkOrders;
import com.estate.workorder.order.domain.Channel;
import com.estate.workorder.order.domain.Origin;
import com.estate.workorder.order.domain.OriginKind;
import com.estate.workorder.order.domain.Requester;
import com.estate.workorder.patrol.domain.FoundProblem;
import com.estate.workorder.patrol.domain.PatrolKind;
import com.estate.workorder.patrol.domain.PatrolTask;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A problem a patrol found becomes a work order (infra/BUSINESS-RULES.md §1, §4), taken in like every order: channel
 * PATROL or RENOVATION_INSPECTION, the task (and the problem's place in its list) as origin, so a repeated request
 * finds the orders opened before. The problem's photos become the order's own (copied once per photo, so a repeated
 * request copies none twice), where the technician sees them like the resident's.
 */
@Component
class PatrolProblemOrders {

    private final WorkOrders workOrders;
    private final WorkOrderFiles orderFiles;
    private final PatrolFiles patrolFiles;

    PatrolProblemOrders(WorkOrders workOrders, WorkOrderFiles orderFiles, PatrolFiles patrolFiles) {
        this.workOrders = workOrders;
        this.orderFiles = orderFiles;
        this.patrolFiles = patrolFiles;
    }

    List<String> openFor(PatrolTask task, Caller caller) {
        List<FoundProblem> problems = task.result().problems();
        List<String> orderIds = new ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            FoundProblem problem = problems.get(i);
            var command = new IntakeCommand(task.communityId(), task.unitId(), task.area(),
                    new Requester(Requester.Kind.STAFF, caller.subject()), null, null, problem.category(),
                    problem.description(), List.of(), null, problem.emergency(), channelOf(task.kind()),
                    new Origin(originOf(task.kind()), task.id() + "/" + (i + 1)));
            String orderId = workOrders.intake(command).value().id();
            for (String photoId : problem.photoIds()) {
                orderFiles.carryOver(orderId, task.communityId(), patrolFiles.download(task, photoId),
                        caller.subject());
            }
            orderIds.add(orderId);
        }
        return orderIds;
    }

    private static Channel channelOf(PatrolKind kind) {
        return kind.isRenovation() ? Channel.RENOVATION_INSPECTION : Channel.PATROL;
    }

    private static OriginKind originOf(PatrolKind kind) {
        return switch (kind) {
            case CUSTODY_WEEKLY, CUSTODY_BEFORE_HEAVY_RAIN, CUSTODY_AFTER_HEAVY_RAIN -> OriginKind.CUSTODY_PATROL;
            case RENOVATION_INSPECTION, RENOVATION_ACCEPTANCE -> OriginKind.RENOVATION_INSPECTION;
            case PUBLIC_AREA -> OriginKind.PATROL;
        };
    }
}
