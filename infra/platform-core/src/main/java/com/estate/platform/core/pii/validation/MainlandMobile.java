package com.estate.platform.core.pii.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A mainland mobile number: 11 digits from {@code 13} to {@code 19}, optionally after {@code +86}, spaces and
 * hyphens allowed (see {@link com.estate.platform.core.pii.MainlandMobiles}). {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = MainlandMobileValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface MainlandMobile {

    String message() default "{problem.validation.field.mainland-mobile}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
