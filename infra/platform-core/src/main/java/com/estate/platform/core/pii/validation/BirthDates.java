package com.estate.platform.core.pii.validation;

import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" for a birth date on a Chinese document: the validator's clock, in China. */
final class BirthDates {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private BirthDates() {
    }

    static LocalDate today(ConstraintValidatorContext context) {
        return LocalDate.now(context.getClockProvider().getClock().withZone(CHINA));
    }
}
