package com.estate.resident.timeline;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The household timeline's settings.
 *
 * @param maxEntries how many entries one household's timeline keeps (the newest; the records themselves stay in
 *                   their services): bounds the one document a page is read from. 2,000 is years of a busy home.
 */
@ConfigurationProperties("app.timeline")
public record TimelineProperties(@DefaultValue("2000") int maxEntries) {

    public TimelineProperties {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("app.timeline.max-entries must be at least 1: " + maxEntries);
        }
    }
}
