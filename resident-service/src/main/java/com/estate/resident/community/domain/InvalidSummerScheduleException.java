package com.estate.resident.community.domain;

import com.estate.platform.problem.BusinessRuleException;

/** A summer schedule whose days are not real month-days (MM-dd), or whose start is not before its end. */
public class InvalidSummerScheduleException extends BusinessRuleException {

    public InvalidSummerScheduleException(String start, String end) {
        super("invalid-summer-schedule", "summer schedule " + start + " to " + end + " is not valid", start, end);
    }
}
