package com.estate.billing.unit.messaging;

import com.estate.billing.bill.MoveInBills;
import com.estate.billing.unit.UnitFacts;
import com.estate.billing.unit.UnitNotKnownYetException;
import com.estate.billing.unit.persistence.BillingUnitDocument;
import com.estate.platform.events.CloudEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Answers a move-in case's {@code movein.fees-requested} with its bill ({@link MoveInBills}), and keeps on the unit's
 * facts what that bill prepaid, in the write that records the event. The bill needs the unit's area: until its
 * unit.registered is applied (another partition), the event is retried, a bounded number of times, then
 * dead-lettered ({@link UnitNotKnownYetException}). A redelivery after a crash between the bill and this write finds
 * the bill by its id.
 */
@Component
class MoveInFeesHandler extends UnitFactsHandler<MoveInFeesHandler.FeesRequested> {

    /** The fields of {@code movein.fees-requested.v1} billing reads. */
    record FeesRequested(String caseId, String unitId, String communityId, List<Item> items, Instant requestedAt)
            implements UnitScoped {
        FeesRequested {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(unitId, "unitId");
            Objects.requireNonNull(communityId, "communityId");
            Objects.requireNonNull(items, "items");
            Objects.requireNonNull(requestedAt, "requestedAt");
        }

        record Item(String code) {
        }
    }

    private final MoveInBills moveInBills;

    MoveInFeesHandler(MoveInBills moveInBills) {
        super("com.estate.resident.movein.fees-requested.v1", FeesRequested.class);
        this.moveInBills = moveInBills;
    }

    @Override
    public void apply(BillingUnitDocument unit, FeesRequested request, CloudEvent event) {
        UnitFacts facts = unit.toFacts();
        if (facts.floorArea() == null) {
            throw new UnitNotKnownYetException(request.unitId());
        }
        LocalDate prepaidThrough = moveInBills.issue(facts, request.caseId(),
                request.items().stream().map(FeesRequested.Item::code).toList(), request.requestedAt());
        if (prepaidThrough != null) {
            unit.prepaidThrough(prepaidThrough);
        }
    }
}
