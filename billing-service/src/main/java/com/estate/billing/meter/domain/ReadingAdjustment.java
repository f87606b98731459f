package com.estate.billing.meter.domain;

import com.estate.billing.bill.BillLine;
import com.estate.billing.ledger.Fen;
import com.estate.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a correction of a billed reading changes on the bills that used it (infra/BUSINESS-RULES.md §16): a bill
 * that ended on the reading billed {@code difference} too little, one that started from it {@code difference} too
 * much, each at its own unit price. The exact sum is rounded once, half-up to the fen; when both bills exist at one
 * price it is zero, since the unit's billed consumption across them did not change. Plain Java.
 *
 * @param item the fee item of the bills' line the adjustment corrects (the first one found), or null if none
 */
public record ReadingAdjustment(String item, Money amount) {

    public static ReadingAdjustment of(MeterKind meter, LocalDate readOn, BigDecimal difference,
            List<BillLine> billedLines) {
        BigDecimal exact = BigDecimal.ZERO;
        String item = null;
        for (BillLine line : billedLines) {
            BillLine.Metered metered = line.metered();
            if (metered == null || !meter.code().equals(metered.meter())) {
                continue;
            }
            if (readOn.equals(metered.toReadOn())) {
                exact = exact.add(metered.unitPrice().multiply(difference, Fen.EXACT));
                item = item == null ? line.item() : item;
            }
            if (readOn.equals(metered.fromReadOn())) {
                exact = exact.subtract(metered.unitPrice().multiply(difference, Fen.EXACT));
                item = item == null ? line.item() : item;
            }
        }
        return new ReadingAdjustment(item, Fen.round(exact));
    }

    public boolean isNone() {
        return amount.amount().signum() == 0;
    }
}
