package com.estate.platform.core.pii.validation;

import com.estate.contracts.problems.ProblemCatalog;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * What the suite's constraints share. A default message that names a key of the problem catalog
 * ({@code {problem.validation.field....}}) is written in the caller's language from that catalog, like every other
 * field error of a validation problem (the validator's own interpolation knows only its ValidationMessages); any
 * other message is left to that interpolation. And "today", for birth dates, is the validator's clock in China.
 */
final class CatalogMessages {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private CatalogMessages() {
    }

    /** Reports the violation with the constraint's message, from the catalog when it names a catalog key. */
    static void useCatalog(ConstraintValidatorContext context) {
        String template = context.getDefaultConstraintMessageTemplate();
        if (template.startsWith("{problem.") && template.endsWith("}")) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(text(template.substring(1, template.length() - 1)))
                    .addConstraintViolation();
        }
    }

    /** Reports the violation on one property of the validated object, with a message of the catalog. */
    static void useCatalog(ConstraintValidatorContext context, String key, String property) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(text(key)).addPropertyNode(property).addConstraintViolation();
    }

    static LocalDate today(ConstraintValidatorContext context) {
        Clock clock = context.getClockProvider().getClock();
        return LocalDate.now(clock.withZone(CHINA));
    }

    /** The catalog's text as a literal template: braces, dollars and backslashes are interpolation syntax. */
    private static String text(String key) {
        String message = ProblemCatalog.message(key, LocaleContextHolder.getLocale());
        return (message != null ? message : key).replaceAll("([\\\\{}$])", "\\\\$1");
    }
}
