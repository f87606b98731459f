package com.estate.activity.notification;

import com.estate.activity.notification.domain.LocalizedText;
import com.estate.activity.notification.domain.MessageTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalog of notification texts, {@code notification-templates.properties}: for each template key that
 * services request, {@code <key>.title.zh-CN}, {@code <key>.title.en}, {@code <key>.body.zh-CN} and
 * {@code <key>.body.en}. A key the catalog does not know (a service released before its texts) still reaches the
 * inbox with {@link MessageTemplate#GENERIC}: a request is never dropped for want of a text.
 */
public class NotificationTemplates {

    static final String RESOURCE = "notification-templates.properties";

    private static final Logger log = LoggerFactory.getLogger(NotificationTemplates.class);
    private static final String[] PARTS = {".title.zh-CN", ".title.en", ".body.zh-CN", ".body.en"};
    /** Keys warned about; bounded, so a flood of made-up keys cannot grow it without end. */
    private static final int MAX_WARNED = 1_000;

    private final Map<String, MessageTemplate> templates;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    NotificationTemplates(Map<String, MessageTemplate> templates) {
        this.templates = Map.copyOf(templates);
    }

    /** The catalog on the class path; an incomplete template stops the start rather than showing half a text. */
    static NotificationTemplates load() {
        Properties texts = new Properties();
        try (InputStream in = NotificationTemplates.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, MessageTemplate> templates = new TreeMap<>();
        for (String name : texts.stringPropertyNames()) {
            String key = templateKeyOf(name);
            String[] text = new String[PARTS.length];
            for (int i = 0; i < PARTS.length; i++) {
                text[i] = texts.getProperty(key + PARTS[i]);
                if (text[i] == null || text[i].isBlank()) {
                    throw new IllegalStateException(RESOURCE + " has no " + key + PARTS[i]);
                }
            }
            templates.put(key, new MessageTemplate(new LocalizedText(text[0], text[1]),
                    new LocalizedText(text[2], text[3])));
        }
        return new NotificationTemplates(templates);
    }

    private static String templateKeyOf(String name) {
        for (String part : PARTS) {
            if (name.endsWith(part)) {
                return name.substring(0, name.length() - part.length());
            }
        }
        throw new IllegalStateException(RESOURCE + ": " + name + " is none of <key>.title|body.zh-CN|en");
    }

    public Set<String> keys() {
        return templates.keySet();
    }

    public MessageTemplate.Rendered render(String templateKey, Map<String, String> params) {
        MessageTemplate template = templates.get(templateKey);
        if (template == null) {
            if (warned.size() < MAX_WARNED && warned.add(templateKey)) {
                log.warn("No text for notification template {}: its requests get the generic text (add it to {})",
                        templateKey, RESOURCE);
            }
            template = MessageTemplate.GENERIC;
        }
        return template.render(params);
    }
}
