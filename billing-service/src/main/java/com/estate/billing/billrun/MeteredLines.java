package com.estate.billing.billrun;

import com.estate.billing.bill.BillLine;
import com.estate.billing.bill.BillPeriod;
import com.estate.billing.fee.FeeItem;
import com.estate.billing.fee.FeeKind;
import com.estate.billing.fee.FeeSchedule;
import com.estate.billing.meter.domain.MeteredCharge;
import com.estate.billing.meter.domain.MeterHistory;
import com.estate.billing.meter.domain.UnitMeters;
import com.estate.billing.unit.UnitFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A unit's metered lines for a period (infra/BUSINESS-RULES.md §16): per metered item in force on the period's last
 * day, unit price × (the latest reading on or before that day − the reading the previous bill ended on), rounded
 * once; no line while no reading is newer than what was billed. Plain Java.
 */
record MeteredLines(List<BillLine> lines, boolean readingMissing) {

    static MeteredLines of(UnitFacts unit, FeeSchedule schedule, BillPeriod period, UnitMeters meters) {
        List<BillLine> lines = new ArrayList<>();
        boolean missing = false;
        for (FeeItem item : meteredItems(schedule, unit.use(), period)) {
            Optional<MeterHistory.Span> span = meters.span(item.meter(), period.to());
            if (span.isEmpty()) {
                missing = true;
                continue;
            }
            MeteredCharge charge = MeteredCharge.of(item.unitPrice(), span.get().from(), span.get().to());
            String description = "%s %s..%s，%s → %s，%s × %s 元".formatted(item.name(), charge.from().readOn(),
                    charge.to().readOn(), charge.from().value().toPlainString(), charge.to().value().toPlainString(),
                    charge.quantity().toPlainString(), item.unitPrice().toPlainString());
            lines.add(new BillLine(item.code(), description, charge.amount(), null,
                    new BillLine.Metered(item.meter(), charge.from().value(), charge.from().readOn(),
                            charge.to().value(), charge.to().readOn(), charge.quantity(), item.unitPrice())));
        }
        return new MeteredLines(List.copyOf(lines), missing);
    }

    private static List<FeeItem> meteredItems(FeeSchedule schedule, String unitUse, BillPeriod period) {
        return schedule.items().stream().filter(i -> i.kind() == FeeKind.METERED).map(FeeItem::code).distinct()
                .flatMap(code -> schedule.item(code, unitUse, period.to()).stream()).toList();
    }
}
