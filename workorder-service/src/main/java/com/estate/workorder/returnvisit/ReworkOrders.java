package com.estate.workorder.returnvisit;

import com.estate.platform.security.Caller;
import com.estate.workorder.order.IntakeCommand;
import com.estate.workorder.order.WorkOrders;
import com.estate.workorder.order.domain.Channel;
import com.estate.workorder.order.domain.Origin;
import com.estate.workorder.order.domain.OriginKind;
import com.estate.workorder.order.domain.Requester;
import com.estate.workorder.order.domain.WorkOrder;
import com.estate.workorder.returnvisit.domain.ReturnVisit;
import org.springframework.stereotype.Component;

/**
 * The rework an unsatisfied return visit sends back to maintenance (infra/BUSINESS-RULES.md §2): a new work order of
 * the same unit or area and category, taken in through the channel every order uses, with the visit as its origin,
 * so asking again (a retried request) finds the order asked for before.
 */
@Component
class ReworkOrders {

    private static final int MAX_DESCRIPTION = 2000;

    private final WorkOrders workOrders;

    ReworkOrders(WorkOrders workOrders) {
        this.workOrders = workOrders;
    }

    /** @return the rework order's id */
    String openFor(ReturnVisit visit, String comments, Caller caller) {
        WorkOrder repaired = workOrders.find(visit.orderId()).map(r -> r.value()).orElse(null);
        String publicArea = repaired == null ? null : repaired.publicArea();
        String said = comments == null || comments.isBlank() ? "" : "：" + comments.strip();
        String description = ("回访不满意，返工" + said);
        if (description.length() > MAX_DESCRIPTION) {
            description = description.substring(0, MAX_DESCRIPTION);
        }
        var command = new IntakeCommand(visit.communityId(), visit.unitId(), visit.unitId() == null ? publicArea : null,
                new Requester(Requester.Kind.STAFF, caller.subject()), null, null, visit.category(), description,
                java.util.List.of(), null, false, Channel.RETURN_VISIT_REWORK,
                new Origin(OriginKind.RETURN_VISIT, visit.id()));
        return workOrders.intake(command).value().id();
    }
}
