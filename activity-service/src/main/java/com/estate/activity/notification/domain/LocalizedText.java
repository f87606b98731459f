package com.estate.activity.notification.domain;

import java.util.Map;
import java.util.Objects;

/** A text in both languages of the suite: residents' apps show the one their user reads. */
public record LocalizedText(String zhCn, String en) {

    public LocalizedText {
        Objects.requireNonNull(zhCn, "zhCn");
        Objects.requireNonNull(en, "en");
    }

    /** By language tag, as stored and answered: {@code zh-CN}, {@code en}. */
    public Map<String, String> byLanguage() {
        return Map.of("zh-CN", zhCn, "en", en);
    }

    public static LocalizedText of(Map<String, String> byLanguage) {
        return new LocalizedText(byLanguage.get("zh-CN"), byLanguage.get("en"));
    }
}
