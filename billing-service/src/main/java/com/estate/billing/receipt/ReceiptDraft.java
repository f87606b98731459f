package com.estate.billing.receipt;

import com.estate.billing.receipt.domain.ReceiptLine;
import com.estate.platform.money.Money;
import java.time.Instant;
import java.util.List;

/** What a confirmed payment tells {@link Receipts#issue}: the receipt gets its number and id there. */
public record ReceiptDraft(String paymentId, String accountId, String unitId, String communityId, String payerName,
        String channel, String reference, List<ReceiptLine> lines, Money total, Instant paidAt, String issuedBy) {
}
