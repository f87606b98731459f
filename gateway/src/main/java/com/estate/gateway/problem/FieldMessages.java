package com.estate.gateway.problem;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;

import org.springframework.validation.FieldError;

import com.estate.contracts.problems.ExpectedTypes;
import com.estate.contracts.problems.ProblemCatalog;
import com.estate.platform.core.validation.CatalogMessages;

/**
 * What is wrong with one field, in the caller's language. Bean Validation messages are interpolated again for
 * the request's locale: WebFlux validates without a per-request locale, so the message Spring keeps was written in
 * the JVM's default language. Messages for unreadable fields and the suite's own constraints come from the suite's
 * catalog, as in the services.
 */
public final class FieldMessages {

    private final MessageInterpolator interpolator;

    public FieldMessages(MessageInterpolator interpolator) {
        this.interpolator = interpolator;
    }

    /** Hibernate Validator's own interpolator: its messages exist in both zh-CN and en. */
    public static FieldMessages standard() {
        return new FieldMessages(Validation.byDefaultProvider().configure().getDefaultMessageInterpolator());
    }

    public String violated(FieldError error, Locale locale) {
        if (!error.contains(ConstraintViolation.class)) {
            return error.getDefaultMessage();
        }
        ConstraintViolation<?> violation = error.unwrap(ConstraintViolation.class);
        try {
            // a catalog key passes the interpolator unchanged (e.g. @MainlandMobile's): the catalog writes it
            return CatalogMessages.resolve(
                    interpolator.interpolate(violation.getMessageTemplate(), new Context(violation), locale), locale);
        } catch (ValidationException e) {
            return error.getDefaultMessage(); // a template the interpolator cannot take: keep Spring's text
        }
    }

    /** A JSON value of the wrong type, e.g. an object where a string belongs. */
    public String wrongType(Class<?> expected, Locale locale) {
        return ProblemCatalog.message("problem.type-mismatch.field", locale, ExpectedTypes.describe(expected, locale));
    }

    /** A string that is not one of an enum's constants. */
    public String unknownConstant(Class<?> enumType, Locale locale) {
        return ProblemCatalog.message("problem.unknown-enum.field", locale, ExpectedTypes.describe(enumType, locale));
    }

    public String invalid(Locale locale) {
        return ProblemCatalog.message("problem.invalid-value.field", locale);
    }

    private record Context(ConstraintViolation<?> violation) implements MessageInterpolator.Context {

        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return violation.getInvalidValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new ValidationException("No provider-specific context for " + type.getName());
        }
    }
}
