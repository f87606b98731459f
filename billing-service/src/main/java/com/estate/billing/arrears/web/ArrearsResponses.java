package com.estate.billing.arrears.web;

import com.estate.billing.arrears.Arrears;
import com.estate.billing.arrears.domain.Aging;
import com.estate.billing.arrears.domain.AgingBucket;
import com.estate.billing.arrears.domain.OpenCharge;
import com.estate.billing.dunning.domain.DunningCase;
import com.estate.billing.dunning.domain.DunningStage;
import com.estate.billing.dunning.domain.StageChange;
import com.estate.platform.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Arrears on the wire: amounts as decimal strings in CNY, by aging bucket. */
final class ArrearsResponses {

    private ArrearsResponses() {
    }

    /** @param buckets CURRENT, DAYS_1_30, DAYS_31_90, DAYS_91_180, OVER_180 */
    record AgingView(Map<AgingBucket, String> buckets, String overdue, String total, String currency,
            LocalDate oldestOverdueDueDate) {

        static AgingView of(Aging aging) {
            Map<AgingBucket, String> buckets = new LinkedHashMap<>();
            aging.buckets().forEach((bucket, amount) -> buckets.put(bucket, amount.toPlainString()));
            return new AgingView(buckets, aging.overdue().toPlainString(), aging.total().toPlainString(), Money.CNY,
                    aging.oldestOverdueDueDate().orElse(null));
        }
    }

    record OpenChargeView(String billId, String period, LocalDate dueDate, String outstanding, long daysOverdue,
            AgingBucket bucket) {

        static OpenChargeView of(OpenCharge charge, LocalDate today) {
            return new OpenChargeView(charge.billId(), charge.period(), charge.dueDate(),
                    charge.outstanding().toPlainString(), Math.max(0, charge.daysOverdue(today)),
                    charge.bucket(today));
        }
    }

    record StageChangeView(DunningStage from, DunningStage to, StageChange.Trigger trigger, Instant at) {
    }

    /** What the account shows of dunning: the current (or last) case and its steps. */
    record DunningView(String caseId, boolean open, DunningStage stage, Integer stageNumber,
            List<StageChangeView> history) {

        static DunningView of(DunningCase dunning) {
            return dunning == null ? null : new DunningView(dunning.id(), dunning.isOpen(),
                    dunning.isOpen() ? dunning.stage() : null, dunning.isOpen() ? dunning.stage().number() : null,
                    dunning.history().stream().map(change -> new StageChangeView(change.from(), change.to(),
                            change.trigger(), change.at())).toList());
        }
    }

    record AccountView(String accountId, String unitId, String communityId, LocalDate asOf, AgingView aging,
            List<OpenChargeView> openBills, DunningView dunning) {

        static AccountView of(Arrears.OfAccount arrears, DunningCase dunning) {
            return new AccountView(arrears.open().accountId(), arrears.open().unitId(), arrears.open().communityId(),
                    arrears.asOf(), AgingView.of(arrears.aging()), arrears.open().charges().stream()
                    .map(charge -> OpenChargeView.of(charge, arrears.asOf())).toList(), DunningView.of(dunning));
        }
    }

    record AccountLine(String accountId, String unitId, AgingView aging, DunningStage dunningStage) {
    }

    record CommunityView(String communityId, LocalDate asOf, AgingView total, long accountsInArrears,
            List<AccountLine> items, int page, int size) {
    }
}
