package com.estate.workorder.category;

import com.estate.platform.problem.BusinessRuleException;

/** 422: the community has no repair category with this code. */
public class UnknownCategoryException extends BusinessRuleException {

    public UnknownCategoryException(String code, java.util.List<String> known) {
        super("unknown-repair-category", "the community has no repair category " + code + "; it has " + known, code,
                String.join(", ", known));
    }
}
