package com.estate.resident.community.domain;

import com.estate.platform.problem.BusinessRuleException;

/** The time zone named is not one the JDK knows. */
public class InvalidTimeZoneException extends BusinessRuleException {

    public InvalidTimeZoneException(String zone) {
        super("invalid-time-zone", "unknown time zone '" + zone + "'", zone);
    }
}
