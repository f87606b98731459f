package com.estate.resident.timeline.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One line of a household's timeline: the newest state of one record of another service (a work order, a bill) or
 * one thing that happened (a notification, a resident moving out). No personal data: the title is a key and
 * parameters that are ids, codes, amounts, dates or titles the producer publishes as free of it.
 *
 * @param id       the source's natural id, e.g. {@code workorder:<orderId>}: every event about that record
 *                 updates this one entry
 * @param time     when the source record last changed (so the household's latest business comes first)
 * @param titleKey the title's message key; {@link TimelineTitles} renders it in zh-CN and en from {@code params}
 * @param status   the source record's status code, e.g. {@code COMPLETED}, {@code PAID}
 * @param link     the source service's path of the record, for the client to open it
 * @param revision the source's own revision of the record (order, complaint or unit revision, a bill's stage):
 *                 only a higher one replaces the entry, so an older event arriving late never undoes a newer one
 */
public record TimelineEntry(String id, TimelineKind kind, Instant time, String titleKey, Map<String, String> params,
        String status, String link, long revision) {

    /** Newest first; equal times by id, so pages never overlap or skip however many entries share a time. */
    public static final Comparator<TimelineEntry> NEWEST_FIRST = Comparator.comparing(TimelineEntry::time)
            .thenComparing(TimelineEntry::id).reversed();

    public TimelineEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(link, "link");
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    /**
     * What this entry becomes when the same record arrives again as {@code incoming}: the incoming state if it is
     * newer; otherwise this state, completed with the parameters only the incoming event carries (a bill's due date
     * when its issue event arrives after its payment). Applying the same event twice gives the same entry.
     */
    public TimelineEntry updatedWith(TimelineEntry incoming) {
        if (!id.equals(incoming.id())) {
            throw new IllegalArgumentException("entry " + incoming.id() + " is not " + id);
        }
        TimelineEntry newer = incoming.revision() > revision ? incoming : this;
        TimelineEntry older = newer == this ? incoming : this;
        Map<String, String> merged = new LinkedHashMap<>(older.params());
        merged.putAll(newer.params());
        return new TimelineEntry(id, newer.kind(), newer.time(), newer.titleKey(), merged, newer.status(),
                newer.link(), newer.revision());
    }
}
