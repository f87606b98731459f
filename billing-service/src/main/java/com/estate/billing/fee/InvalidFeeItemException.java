package com.estate.billing.fee;

import com.estate.platform.problem.BusinessRuleException;

/** A fee item that breaks a rule of the schedule (400 {@code fee-item-invalid}). */
public class InvalidFeeItemException extends BusinessRuleException {

    public InvalidFeeItemException(String detail) {
        super("fee-item-invalid", detail, detail);
    }
}
