package com.estate.billing.meter;

import com.estate.billing.account.domain.FeeAccount;
import com.estate.billing.charge.PendingCharge;
import com.estate.billing.charge.PendingCharges;
import com.estate.billing.meter.domain.ReadingId;
import com.estate.billing.meter.persistence.MeterReadingsDocument;
import com.estate.billing.meter.persistence.MeterReadingsDocument.Correction;
import com.estate.platform.money.Money;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The adjustment charges of billed readings' corrections (infra/ARCHITECTURE.md §29): each one a pending one-off
 * charge under the correction's own id ({@code <readingId>#correction-<n>}), so the unit's next bill run bills it
 * exactly once.
 */
@Component
class AdjustmentCharges {

    private final PendingCharges pendingCharges;

    AdjustmentCharges(PendingCharges pendingCharges) {
        this.pendingCharges = pendingCharges;
    }

    /**
     * Hands each adjustment of the unit's corrections to the pending charges, once per charge id: run right after
     * the correction is saved, and again by a repeated request and by the next bill run (§29), so a crash between
     * the two writes delays an adjustment but never loses or doubles it.
     */
    void record(MeterReadingsDocument document) {
        List<MeterReadingsDocument.Adjusted> adjusted = document.adjustments();
        var stored = pendingCharges.stored(adjusted.stream().map(a -> a.correction().adjustmentChargeId()).toList());
        for (MeterReadingsDocument.Adjusted a : adjusted) {
            Correction c = a.correction();
            if (!stored.contains(c.adjustmentChargeId())) {
                pendingCharges.recordOnce(new PendingCharge(c.adjustmentChargeId(), FeeAccount.idFor(document.getId()),
                        document.getId(), document.getCommunityId(), c.adjustmentItem(), new Money(c.adjustment(),
                        Money.CNY), description(a), "meter-reading-correction",
                        new ReadingId(document.getId(), a.meter(), a.readOn()).toString(), List.of(), c.at(), null),
                        c.at());
            }
        }
    }

    /** What the adjustment line of the next bill says: the reading, both values and why. */
    static String description(MeterReadingsDocument.Adjusted a) {
        Correction c = a.correction();
        return "%s 读数更正（%s）：%s → %s，%s".formatted(a.meter().code(), a.readOn(),
                c.previousValue().toPlainString(), c.value().toPlainString(), c.reason());
    }

}
