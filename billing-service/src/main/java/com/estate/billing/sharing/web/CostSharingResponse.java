package com.estate.billing.sharing.web;

import com.estate.billing.sharing.CostSharings;
import com.estate.billing.sharing.domain.CostSharing;
import com.estate.billing.sharing.domain.SharedCost;
import com.estate.billing.sharing.domain.SharingMethod;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A cost sharing with every unit's share and the bill that charges it; amounts in CNY. */
record CostSharingResponse(String id, String communityId, String period, SharedCost cost, String total,
        String currency, SharingMethod method, LocalDate dueDate, List<ShareView> shares, String enteredBy,
        Instant enteredAt) {

    /** @param billId null for a share of 0.00, which is not billed */
    record ShareView(String unitId, String accountId, String floorArea, String amount, String billId) {
    }

    static CostSharingResponse of(CostSharing sharing) {
        return new CostSharingResponse(sharing.id(), sharing.communityId(), sharing.period(),
                sharing.cost(), sharing.total().toPlainString(), sharing.total().currency(), sharing.method(),
                sharing.dueDate(), sharing.shares().stream().map(share -> new ShareView(share.unitId(),
                        share.accountId(), share.floorArea().toPlainString(), share.amount().toPlainString(),
                        share.amount().amount().signum() == 0 ? null
                                : CostSharings.billIdOf(sharing, share.unitId()))).toList(),
                sharing.enteredBy(), sharing.enteredAt());
    }
}
