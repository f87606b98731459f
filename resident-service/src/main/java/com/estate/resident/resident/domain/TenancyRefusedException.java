package com.estate.resident.resident.domain;

import com.estate.platform.problem.BusinessRuleException;

/** A tenancy whose lease would end before it begins (422). */
public class TenancyRefusedException extends BusinessRuleException {

    public TenancyRefusedException(String leaseEndsOn, String since) {
        super("lease-ends-before-start", "the lease ends on " + leaseEndsOn + ", before it begins on " + since,
                leaseEndsOn, since);
    }
}
