package com.estate.platform.core.pii.validation;

import com.estate.platform.core.pii.MainlandMobiles;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class MainlandMobileValidator implements ConstraintValidator<MainlandMobile, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || MainlandMobiles.isValid(value);
    }
}
