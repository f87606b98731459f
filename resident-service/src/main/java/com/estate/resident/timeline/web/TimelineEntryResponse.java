package com.estate.resident.timeline.web;

import com.estate.resident.timeline.domain.TimelineEntry;
import com.estate.resident.timeline.domain.TimelineKind;
import com.estate.resident.timeline.domain.TimelineTitles;
import java.time.Instant;
import java.util.Map;

/**
 * One timeline entry as clients see it: the title rendered in both languages ({@code title.zh-CN},
 * {@code title.en}), and the key and parameters it was rendered from, for a client that renders its own.
 */
record TimelineEntryResponse(String id, TimelineKind kind, Instant time, String status, Map<String, String> title,
        String titleKey, Map<String, String> params, String link) {

    static TimelineEntryResponse of(TimelineEntry entry, TimelineTitles titles) {
        return new TimelineEntryResponse(entry.id(), entry.kind(), entry.time(), entry.status(),
                titles.render(entry.titleKey(), entry.params()), entry.titleKey(), entry.params(), entry.link());
    }
}
