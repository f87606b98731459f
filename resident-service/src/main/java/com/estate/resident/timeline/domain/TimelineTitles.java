package com.estate.resident.timeline.domain;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders an entry's title in both languages the suite speaks, from {@code titles*.properties} next to this class.
 * Placeholders are the parameters' names in braces ({@code 报修：{category}}); a parameter the entry lacks is left
 * out with its braces, so a title never shows a raw placeholder. Codes inside parameters (a status, a category) stay
 * codes: the client translates those it knows.
 */
public final class TimelineTitles {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");
    private static final String BUNDLE = "com.estate.resident.timeline.titles";
    private static final Map<String, Locale> LANGUAGES = Map.of("zh-CN", Locale.SIMPLIFIED_CHINESE, "en", Locale.ROOT);

    private final Map<String, ResourceBundle> bundles = new LinkedHashMap<>();

    public TimelineTitles() {
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        bundles.put("zh-CN", ResourceBundle.getBundle(BUNDLE, LANGUAGES.get("zh-CN"), exact));
        bundles.put("en", ResourceBundle.getBundle(BUNDLE, LANGUAGES.get("en"), exact));
    }

    /** The title by language tag ({@code zh-CN}, {@code en}). */
    public Map<String, String> render(String titleKey, Map<String, String> params) {
        Map<String, String> titles = new LinkedHashMap<>();
        bundles.forEach((language, bundle) -> titles.put(language, render(bundle, titleKey, params)));
        return titles;
    }

    private static String render(ResourceBundle bundle, String titleKey, Map<String, String> params) {
        String text;
        try {
            text = bundle.getString(titleKey);
        } catch (MissingResourceException e) {
            return titleKey;
        }
        // one pass, so a parameter's value is never read as a placeholder itself
        return PLACEHOLDER.matcher(text).replaceAll(placeholder ->
                Matcher.quoteReplacement(params.getOrDefault(placeholder.group(1), ""))).strip();
    }
}
