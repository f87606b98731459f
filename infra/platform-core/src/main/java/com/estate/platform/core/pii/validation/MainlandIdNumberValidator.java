package com.estate.platform.core.pii.validation;

import com.estate.platform.core.pii.MainlandIdNumbers;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class MainlandIdNumberValidator implements ConstraintValidator<MainlandIdNumber, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || MainlandIdNumbers.isValid(value, CatalogMessages.today(context))) {
            return true;
        }
        CatalogMessages.useCatalog(context);
        return false;
    }
}
