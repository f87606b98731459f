package com.estate.billing.payment;

import com.estate.billing.bill.Bill;
import com.estate.billing.bill.BillLine;

/** What a receipt line says a bill was for: its first line's text, how many more, and the period billed. */
final class BillDescriptions {

    private BillDescriptions() {
    }

    static String of(Bill bill) {
        StringBuilder text = new StringBuilder(bill.lines().stream().findFirst().map(BillLine::description)
                .orElse("费用"));
        if (bill.lines().size() > 1) {
            text.append(" 等").append(bill.lines().size()).append("项");
        }
        if (bill.period() != null) {
            text.append("（").append(bill.period().from()).append("至").append(bill.period().to()).append("）");
        }
        return text.toString();
    }
}
