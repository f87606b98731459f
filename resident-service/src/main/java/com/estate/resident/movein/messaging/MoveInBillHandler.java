package com.estate.resident.movein.messaging;

import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.InvalidEventException;
import com.estate.resident.movein.domain.MoveInCase;
import java.math.BigDecimal;

/** A bill that answers a move-in's fee request ({@code requestedBy} kind {@code move-in}). */
abstract class MoveInBillHandler extends MoveInCaseHandler<BillEvent> {

    MoveInBillHandler(MoveInPublications publications) {
        super(publications);
    }

    abstract MoveInCase.Change billChange(MoveInCase movein, BillEvent bill, BigDecimal total, CloudEvent event);

    @Override
    public Class<BillEvent> dataType() {
        return BillEvent.class;
    }

    @Override
    public boolean concerns(BillEvent bill) {
        return bill.moveInCaseId() != null;
    }

    @Override
    String caseId(BillEvent bill) {
        return bill.moveInCaseId();
    }

    @Override
    MoveInCase.Change change(MoveInCase movein, BillEvent bill, CloudEvent event) {
        if (movein.fees() == null || !movein.unitId().equals(bill.unitId())) {
            throw new InvalidEventException("bill " + bill.billId() + " answers no fee request of case "
                    + movein.id());
        }
        // the contract's pattern (two places) was checked when the record was read
        return billChange(movein, bill, new BigDecimal(bill.total()), event);
    }
}
