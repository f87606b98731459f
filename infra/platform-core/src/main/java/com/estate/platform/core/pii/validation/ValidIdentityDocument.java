package com.estate.platform.core.pii.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An {@link com.estate.platform.core.pii.IdentityDocument}'s number fits its type, reported on its
 * {@code number} (a missing type or number is left to {@code @NotNull} / {@code @NotBlank}).
 */
@Documented
@Constraint(validatedBy = IdentityDocumentValidator.class)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidIdentityDocument {

    String message() default "{problem.validation.field.identity-document}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
