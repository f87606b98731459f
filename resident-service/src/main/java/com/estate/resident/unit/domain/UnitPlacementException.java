package com.estate.resident.unit.domain;

import com.estate.platform.problem.BusinessRuleException;

/** A unit placed on an entrance or floor its building does not have. */
public class UnitPlacementException extends BusinessRuleException {

    public UnitPlacementException(UnitSpec.Violation violation, String building, Object value) {
        super("unit-" + violation.code(), "building " + building + " has no " + violation.field() + " " + value,
                building, value);
    }
}
