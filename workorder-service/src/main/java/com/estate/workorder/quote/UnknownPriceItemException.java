package com.estate.workorder.quote;

import com.estate.platform.problem.BusinessRuleException;

/** 422: the community's price list has no item with this code. */
public class UnknownPriceItemException extends BusinessRuleException {

    public UnknownPriceItemException(String code) {
        super("unknown-price-item", "the community's price list has no item " + code, code);
    }
}
