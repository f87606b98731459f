package com.estate.workorder.duty.log;

import com.estate.platform.problem.InvalidParameterException;
import com.estate.platform.security.Caller;
import com.estate.workorder.duty.domain.DutyLogEntry;
import com.estate.workorder.order.IntakeCommand;
import com.estate.workorder.order.WorkOrders;
import com.estate.workorder.order.domain.Channel;
import com.estate.workorder.order.domain.Origin;
import com.estate.workorder.order.domain.OriginKind;
import com.estate.workorder.order.domain.Requester;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A duty-log entry's work order through the intake: channel DUTY_LOG, origin the entry (so the intake returns the
 * order it opened before for a repeated routing), the logged text as its description, the caller as its contact.
 * An entry without a unit is a public-area repair where the caller said.
 */
@Component
class IntakeDutyLogWorkOrders implements DutyLogWorkOrders {

    private final WorkOrders workOrders;

    IntakeDutyLogWorkOrders(WorkOrders workOrders) {
        this.workOrders = workOrders;
    }

    @Override
    public String open(Caller caller, DutyLogEntry entry, WorkOrderDetails details) {
        if (details.category() == null || details.category().isBlank()) {
            throw new InvalidParameterException("category", "problem.validation.field.duty-work-order-category");
        }
        Requester requester = entry.residentId() != null ? new Requester(Requester.Kind.RESIDENT, entry.residentId())
                : new Requester(Requester.Kind.STAFF, caller.subject());
        String publicArea = entry.unitId() == null ? "值班记录 / duty log" : null;
        IntakeCommand command = new IntakeCommand(entry.communityId(), entry.unitId(), publicArea, requester,
                entry.callerName(), entry.callerPhone(), details.category(), entry.content(), List.of(), null,
                details.emergency(), Channel.DUTY_LOG, new Origin(OriginKind.DUTY_LOG, entry.id()));
        return workOrders.intake(command).value().id();
    }
}
