package com.estate.billing.bill;

import com.estate.platform.problem.ConflictException;

/** Money offered to a bill that was voided. */
public class BillVoidedException extends ConflictException {

    public BillVoidedException(String billId) {
        super("bill-voided", "Bill " + billId + " was voided.", billId);
    }
}
