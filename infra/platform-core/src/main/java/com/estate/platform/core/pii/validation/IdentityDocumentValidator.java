package com.estate.platform.core.pii.validation;

import com.estate.platform.core.pii.IdentityDocument;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class IdentityDocumentValidator implements ConstraintValidator<ValidIdentityDocument, IdentityDocument> {

    @Override
    public boolean isValid(IdentityDocument document, ConstraintValidatorContext context) {
        if (document == null || document.type() == null || document.number() == null || document.number().isBlank()
                || document.type().isValid(document.number(), BirthDates.today(context))) {
            return true;
        }
        // on the number, with the format of this type (the catalog key is resolved where the problem is written)
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(
                "{problem.validation.field.identity-document." + key(document) + "}")
                .addPropertyNode("number").addConstraintViolation();
        return false;
    }

    private static String key(IdentityDocument document) {
        return document.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
