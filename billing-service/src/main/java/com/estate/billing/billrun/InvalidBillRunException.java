package com.estate.billing.billrun;

import com.estate.platform.problem.BusinessRuleException;

/** A bill run that cannot be run as asked (422 {@code bill-run-invalid}). */
public class InvalidBillRunException extends BusinessRuleException {

    public InvalidBillRunException(String detail) {
        super("bill-run-invalid", detail, detail);
    }
}
