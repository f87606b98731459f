package com.estate.billing.bill;

import com.estate.billing.BillingProperties;
import com.estate.billing.account.domain.FeeAccount;
import com.estate.billing.fee.FeeItem;
import com.estate.billing.fee.FeeItems;
import com.estate.billing.fee.FeeKind;
import com.estate.billing.fee.FeeSchedule;
import com.estate.billing.ledger.Fen;
import com.estate.billing.unit.UnitFacts;
import com.estate.platform.events.InvalidEventException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The bill that answers a move-in case's fees request, {@code requestedBy {kind: move-in, id: caseId}}, priced from
 * the community's schedule on the day asked (infra/BUSINESS-RULES.md §11): a one-off item at its amount, a monthly
 * item for its {@code moveInMonths} from the next month's first day (which the unit's bill runs then leave out).
 * Issued idempotently by its id (derived from the case): asking again finds the bill and books its charge if missing.
 */
@Service
public class MoveInBills {

    private final FeeItems feeItems;
    private final Bills bills;
    private final BillingProperties properties;
    private final Clock clock;

    MoveInBills(FeeItems feeItems, Bills bills, BillingProperties properties, Clock clock) {
        this.feeItems = feeItems;
        this.bills = bills;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Issues the move-in bill.
     *
     * @return the last day its monthly items prepaid, or null if it has none
     * @throws InvalidEventException if the schedule prices an item for no unit of this use on that day, or it is
     *                               metered (billed from readings): a request billing cannot answer until finance
     *                               prices it, so the event goes to the DLT to be replayed then
     */
    public LocalDate issue(UnitFacts unit, String caseId, List<String> itemCodes, Instant requestedAt) {
        LocalDate asked = requestedAt.atZone(properties.timeZone()).toLocalDate();
        YearMonth firstPrepaid = YearMonth.from(asked).plusMonths(1);
        FeeSchedule schedule = feeItems.schedule(unit.communityId());
        List<BillLine> lines = new ArrayList<>();
        int prepaidMonths = 0;
        for (String code : itemCodes) {
            FeeItem item = schedule.item(code, unit.use(), asked).orElseThrow(
                    () -> new InvalidEventException("community " + unit.communityId() + " prices no fee item "
                            + code + " for a " + unit.use() + " unit on " + asked));
            lines.add(line(item, unit, firstPrepaid));
            if (item.kind().isMonthly()) {
                prepaidMonths = Math.max(prepaidMonths, item.moveInMonths());
            }
        }
        RequestedBy requestedBy = new RequestedBy(RequestedBy.MOVE_IN, caseId);
        bills.issue(Bill.issue(BillIds.requested(requestedBy), FeeAccount.idFor(unit.unitId()), unit.unitId(),
                unit.communityId(), null, requestedBy, lines, asked.plusDays(properties.dueDays()), clock.instant(),
                null));
        return prepaidMonths == 0 ? null : firstPrepaid.plusMonths(prepaidMonths - 1L).atEndOfMonth();
    }

    private static BillLine line(FeeItem item, UnitFacts unit, YearMonth firstPrepaid) {
        if (item.kind() == FeeKind.METERED) {
            throw new InvalidEventException("a metered fee (" + item.code() + ") is billed from readings, not asked");
        }
        if (item.kind() == FeeKind.ONE_OFF) {
            return new BillLine(item.code(), item.name(), Fen.round(item.unitPrice()), null);
        }
        BigDecimal months = BigDecimal.valueOf(item.moveInMonths());
        YearMonth last = firstPrepaid.plusMonths(item.moveInMonths() - 1L);
        if (item.kind() == FeeKind.PER_AREA) {
            return new BillLine(item.code(), "%s %s..%s，%s m² × %s 元/m²·月 × %d 月".formatted(item.name(),
                    firstPrepaid.atDay(1), last.atEndOfMonth(), unit.floorArea().toPlainString(),
                    item.unitPrice().toPlainString(), item.moveInMonths()),
                    Fen.round(item.unitPrice().multiply(unit.floorArea()).multiply(months)), null);
        }
        return new BillLine(item.code(), "%s %s..%s，%s 元/月 × %d 月".formatted(item.name(), firstPrepaid.atDay(1),
                last.atEndOfMonth(), item.unitPrice().toPlainString(), item.moveInMonths()),
                Fen.round(item.unitPrice().multiply(months)), null);
    }
}
