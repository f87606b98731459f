package com.estate.platform.core.pii.validation;

import com.estate.platform.core.pii.MainlandIdNumbers;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class MainlandIdNumberValidator implements ConstraintValidator<MainlandIdNumber, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || MainlandIdNumbers.isValid(value, BirthDates.today(context));
    }
}
