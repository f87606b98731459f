package com.estate.contracts.problems;

import java.net.URI;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The suite's problem vocabulary (RFC 9457), shared by the gateway and every service so that a client sees one
 * set of {@code type} URIs and {@code code}s, with titles and details in Chinese (the default) or English.
 * Codes are lower-case words joined by hyphens, e.g. {@code not-found}; the type is
 * {@code https://estate.local/problems/<code>}. A service may add its own codes in {@code problems*.properties}
 * at its classpath root.
 */
public final class ProblemCatalog {

    public static final String TYPE_BASE = "https://estate.local/problems/";

    private static final List<String> BUNDLES = List.of("com.estate.contracts.problems.problems", "problems");
    private static final ResourceBundle.Control NO_SYSTEM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ProblemCatalog() {
    }

    public static URI type(String code) {
        return URI.create(TYPE_BASE + code);
    }

    /** The title in the given language; the code itself if no bundle knows it. */
    public static String title(String code, Locale locale) {
        String title = message("problem." + code + ".title", locale);
        return title == null ? code : title;
    }

    /** The detail in the given language with its arguments filled in, or null if no bundle has one. */
    public static String detail(String code, Locale locale, Object... args) {
        return format(message("problem." + code + ".detail", locale), locale, args);
    }

    /** Any other message of the catalog (e.g. per-field messages), or null. */
    public static String message(String key, Locale locale, Object... args) {
        return format(message(key, locale), locale, args);
    }

    private static String message(String key, Locale locale) {
        for (String bundle : BUNDLES) {
            try {
                ResourceBundle messages = ResourceBundle.getBundle(bundle, locale, loader(), NO_SYSTEM_FALLBACK);
                if (messages.containsKey(key)) {
                    return messages.getString(key);
                }
            } catch (MissingResourceException e) {
                // the service has no bundle of its own: nothing to add
            }
        }
        return null;
    }

    private static String format(String pattern, Locale locale, Object... args) {
        return pattern == null ? null : new MessageFormat(pattern, locale).format(args);
    }

    private static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ProblemCatalog.class.getClassLoader();
    }
}
