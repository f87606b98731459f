package com.estate.activity.notification.domain;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A notification's title and body in both languages, with {@code {name}} where a request's parameter goes. Named
 * placeholders rather than {@link java.text.MessageFormat}: requests carry parameters by name, and a Chinese text
 * must not have to escape its apostrophes.
 */
public record MessageTemplate(LocalizedText title, LocalizedText body) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

    /** What any request whose template the catalog does not know shows: better a plain word than nothing. */
    public static final MessageTemplate GENERIC = new MessageTemplate(
            new LocalizedText("新通知", "New notification"),
            new LocalizedText("物业服务中心有一条新通知给您。", "The property service centre has a new notification for you."));

    public Rendered render(Map<String, String> params) {
        return new Rendered(new LocalizedText(fill(title.zhCn(), params), fill(title.en(), params)),
                new LocalizedText(fill(body.zhCn(), params), fill(body.en(), params)));
    }

    /** A placeholder the request has no parameter for stays visible, so the gap shows instead of a wrong text. */
    private static String fill(String text, Map<String, String> params) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = params.getOrDefault(matcher.group(1), matcher.group());
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(filled).toString();
    }

    public record Rendered(LocalizedText title, LocalizedText body) {
    }
}
