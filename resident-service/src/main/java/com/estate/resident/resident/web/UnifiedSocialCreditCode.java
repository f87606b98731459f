package com.estate.resident.resident.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A unified social credit code with a right GB 32100 check character; {@code null} is valid. */
@Documented
@Constraint(validatedBy = UnifiedSocialCreditCodeValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@interface UnifiedSocialCreditCode {

    String message() default "{problem.validation.field.credit-code}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
