package com.estate.billing.billrun;

import com.estate.billing.bill.BillLine;
import com.estate.billing.bill.BillPeriod;
import com.estate.billing.charge.PendingCharge;
import com.estate.billing.fee.FeeItem;
import com.estate.billing.fee.FeeKind;
import com.estate.billing.fee.FeeSchedule;
import com.estate.billing.fee.ProRating;
import com.estate.billing.ledger.Fen;
import com.estate.billing.meter.domain.UnitMeters;
import com.estate.billing.unit.UnitFacts;
import com.estate.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of one unit's bill for a period (infra/BUSINESS-RULES.md §11): every monthly item of the schedule in force
 * on each month's first billed day, pro-rated by days from the first billable day, the property fee's custody days at
 * 70%, the metered fees from the unit's readings, then the pending one-off charges. Each line is the exact sum over the months, rounded once. Plain Java.
 */
public final class BillCalculator {

    private BillCalculator() {
    }

    /**
     * The lines, or why there are none.
     *
     * @param meterReadingMissing a metered item applies but no reading is newer than what was billed: no line for it
     *                            now, the next bill with a reading bills the whole difference
     */
    public record Outcome(List<BillLine> lines, SkipReason skipped, boolean meterReadingMissing) {

        static Outcome skip(SkipReason reason, boolean meterReadingMissing) {
            return new Outcome(List.of(), reason, meterReadingMissing);
        }
    }

    public static Outcome linesFor(UnitFacts unit, FeeSchedule schedule, BillPeriod period,
            List<PendingCharge> charges) {
        return linesFor(unit, schedule, period, charges, UnitMeters.NONE);
    }

    /** The lines with the unit's metered fees, billed from its readings ({@link MeteredLines}). */
    public static Outcome linesFor(UnitFacts unit, FeeSchedule schedule, BillPeriod period,
            List<PendingCharge> charges, UnitMeters meters) {
        if ("UNSOLD".equals(unit.status())) {
            return Outcome.skip(SkipReason.UNSOLD, false);
        }
        List<BillLine> lines = new ArrayList<>();
        LocalDate start = unit.billableFrom();
        SkipReason periodic = null;
        if (start == null || start.isAfter(period.to()) && unit.prepaidThrough() == null) {
            periodic = SkipReason.NOT_MOVED_IN;
        } else if (start.isAfter(period.to())) {
            periodic = SkipReason.PREPAID;
        } else if (unit.floorArea() == null) {
            periodic = SkipReason.NO_AREA;
        } else {
            lines.addAll(monthlyLines(unit, schedule, period, start));
        }
        boolean readingMissing = false;
        if (start != null && (!start.isAfter(period.to()) || unit.prepaidThrough() != null)) {
            // moved in (a move-in bill prepays the monthly fees, never the metered ones)
            MeteredLines metered = MeteredLines.of(unit, schedule, period, meters);
            lines.addAll(metered.lines());
            readingMissing = metered.readingMissing();
        }
        for (PendingCharge charge : charges) {
            lines.add(new BillLine(charge.itemCode(), charge.reason(), charge.amount(), charge.chargeId()));
        }
        if (lines.isEmpty()) {
            return Outcome.skip(periodic == null ? SkipReason.NOTHING_TO_BILL : periodic, readingMissing);
        }
        return new Outcome(lines, null, readingMissing);
    }

    private static List<BillLine> monthlyLines(UnitFacts unit, FeeSchedule schedule, BillPeriod period,
            LocalDate start) {
        Map<String, Sum> sums = new LinkedHashMap<>();
        for (ProRating.MonthShare share : ProRating.shares(period.from(), period.to(), start, unit::inCustodyOn)) {
            if (share.billedDays() == 0) {
                continue;
            }
            LocalDate firstBilled = share.month().atDay(1).isBefore(start) ? start : share.month().atDay(1);
            for (FeeItem item : schedule.monthlyItems(unit.use(), firstBilled)) {
                Sum sum = sums.computeIfAbsent(item.code(), code -> new Sum(item));
                if (item.kind() == FeeKind.PER_AREA) {
                    BigDecimal monthly = item.unitPrice().multiply(unit.floorArea());
                    sum.normal = sum.normal.add(share.normalPart(monthly));
                    sum.custody = sum.custody.add(share.custodyPart(monthly));
                    sum.custodyDays += share.custodyDays();
                    sum.normalDays += share.normalDays();
                } else {
                    sum.normal = sum.normal.add(share.full(item.unitPrice()));
                    sum.normalDays += share.billedDays();
                }
            }
        }
        List<BillLine> lines = new ArrayList<>();
        for (Sum sum : sums.values()) {
            String basis = sum.item.kind() == FeeKind.PER_AREA
                    ? unit.floorArea().toPlainString() + " m² × " + sum.item.unitPrice().toPlainString() + " 元/m²·月"
                    : sum.item.unitPrice().toPlainString() + " 元/月";
            add(lines, sum.item, Fen.round(sum.normal),
                    "%s %s..%s，%s，%d 天".formatted(sum.item.name(), latest(period.from(), start), period.to(), basis,
                            sum.normalDays));
            add(lines, sum.item, Fen.round(sum.custody),
                    "%s（托管期 70%%）%s，%d 天".formatted(sum.item.name(), basis, sum.custodyDays));
        }
        return lines;
    }

    private static void add(List<BillLine> lines, FeeItem item, Money amount, String description) {
        if (amount.amount().signum() > 0) {
            lines.add(new BillLine(item.code(), description, amount, null));
        }
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static final class Sum {
        final FeeItem item;
        BigDecimal normal = BigDecimal.ZERO;
        BigDecimal custody = BigDecimal.ZERO;
        int normalDays;
        int custodyDays;

        Sum(FeeItem item) {
            this.item = item;
        }
    }
}
