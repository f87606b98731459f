package com.estate.platform.core.pii.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A mainland resident ID number: 18 characters, a known province, a real birth date not in the future and a
 * correct check character (see {@link com.estate.platform.core.pii.MainlandIdNumbers}). {@code null} is valid
 * (combine with {@code @NotBlank} where the number is required).
 */
@Documented
@Constraint(validatedBy = MainlandIdNumberValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface MainlandIdNumber {

    String message() default "{problem.validation.field.mainland-id-number}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
