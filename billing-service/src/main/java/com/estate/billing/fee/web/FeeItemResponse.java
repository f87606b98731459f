package com.estate.billing.fee.web;

import com.estate.billing.fee.FeeItem;
import com.estate.billing.fee.FeeKind;
import com.estate.billing.fee.LateFeePolicy;
import java.time.Instant;
import java.time.LocalDate;

record FeeItemResponse(String id, String communityId, String code, String name, FeeKind kind, String unitUse,
        String unitPrice, String currency, String meter, LocalDate effectiveFrom, LocalDate effectiveTo,
        int moveInMonths, Instant createdAt) {

    static FeeItemResponse of(FeeItem item) {
        return new FeeItemResponse(item.id(), item.communityId(), item.code(), item.name(), item.kind(),
                item.unitUse(), item.unitPrice().toPlainString(), "CNY", item.meter(), item.effectiveFrom(),
                item.effectiveTo(), item.moveInMonths(), item.createdAt());
    }

    record LateFee(String communityId, boolean enabled, String dailyRate, int graceDays) {
        static LateFee of(LateFeePolicy policy) {
            return new LateFee(policy.communityId(), policy.enabled(), policy.dailyRate().toPlainString(),
                    policy.graceDays());
        }
    }
}
