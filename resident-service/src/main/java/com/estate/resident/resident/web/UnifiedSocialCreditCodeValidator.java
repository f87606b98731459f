package com.estate.resident.resident.web;

import com.estate.resident.resident.domain.UnifiedSocialCreditCodes;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class UnifiedSocialCreditCodeValidator implements ConstraintValidator<UnifiedSocialCreditCode, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || UnifiedSocialCreditCodes.isValid(value);
    }
}
