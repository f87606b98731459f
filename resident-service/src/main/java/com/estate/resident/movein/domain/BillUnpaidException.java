package com.estate.resident.movein.domain;

import com.estate.platform.problem.ConflictException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Keys are not handed over before the move-in bill is paid: 409 naming the bill and its total. */
public class BillUnpaidException extends ConflictException {

    private final String billId;
    private final String total;

    public BillUnpaidException(String billId, BigDecimal total) {
        super("move-in-bill-unpaid", "bill " + billId + " of " + total.toPlainString() + " CNY is not paid yet",
                billId, total.toPlainString());
        this.billId = billId;
        this.total = total.toPlainString();
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("billId", billId, "total", total, "currency", "CNY", "missing", List.of("bill-paid:" + billId));
    }
}
