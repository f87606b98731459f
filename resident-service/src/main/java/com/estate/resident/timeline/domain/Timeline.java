package com.estate.resident.timeline.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A household's timeline: at most one entry per source record, newest first, holding at most {@code maxEntries}
 * (the oldest fall off: the timeline is a view of recent history, the records stay in their services).
 */
public final class Timeline {

    private final List<TimelineEntry> entries;

    public Timeline(Collection<TimelineEntry> entries) {
        this.entries = new ArrayList<>(entries);
        this.entries.sort(TimelineEntry.NEWEST_FIRST);
    }

    /**
     * Inserts the entry or updates the one with its id ({@link TimelineEntry#updatedWith}).
     *
     * @return false when nothing changed (the same or an older state of the record), and nothing need be written
     */
    public boolean upsert(TimelineEntry incoming, int maxEntries) {
        int index = indexOf(incoming.id());
        TimelineEntry updated = index < 0 ? incoming : entries.get(index).updatedWith(incoming);
        if (index >= 0 && updated.equals(entries.get(index))) {
            return false;
        }
        if (index >= 0) {
            entries.remove(index);
        }
        entries.add(updated);
        entries.sort(TimelineEntry.NEWEST_FIRST);
        while (entries.size() > maxEntries) {
            entries.removeLast();
        }
        return true;
    }

    /** The entries of these kinds (every kind if empty), newest first. */
    public List<TimelineEntry> ofKinds(Set<TimelineKind> kinds) {
        return entries.stream().filter(entry -> kinds.isEmpty() || kinds.contains(entry.kind())).toList();
    }

    public List<TimelineEntry> entries() {
        return List.copyOf(entries);
    }

    private int indexOf(String id) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
