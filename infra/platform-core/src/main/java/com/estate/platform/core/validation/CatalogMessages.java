package com.estate.platform.core.validation;

import com.estate.contracts.problems.ProblemCatalog;
import java.util.Locale;

/**
 * Field messages from the suite's problem catalog for Bean Validation constraints: a constraint whose message is a
 * catalog key in braces ({@code {problem.validation.field.mainland-mobile}}) passes the validator's interpolation
 * unchanged (the key is in no ValidationMessages bundle), and the problem writers of the services (servlet) and of
 * the gateway (WebFlux, which validates without a request locale) both turn it into the caller's language here,
 * like every other field message of a validation problem.
 */
public final class CatalogMessages {

    private CatalogMessages() {
    }

    /** The catalog's text for a message that names a catalog key; any other message as it is. */
    public static String resolve(String message, Locale locale) {
        if (message == null || !message.startsWith("{problem.") || !message.endsWith("}")) {
            return message;
        }
        String text = ProblemCatalog.message(message.substring(1, message.length() - 1), locale);
        return text != null ? text : message;
    }
}
