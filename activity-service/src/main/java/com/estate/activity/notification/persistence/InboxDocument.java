package com.estate.activity.notification.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A recipient's inbox, keyed by their address ({@code <communityId>/<kind>/<id>}): their newest entries' ids with
 * the time that orders them, and which of those were read, so a page and the unread count need no entry read (see
 * {@link InboxIndex}).
 */
@Document("inboxes")
public class InboxDocument {

    @Id
    private String id;

    private List<Ref> entries;

    private List<String> readIds;

    protected InboxDocument() {
    }

    public String getId() {
        return id;
    }

    public List<Ref> getEntries() {
        return entries == null ? List.of() : entries;
    }

    public Set<String> getReadIds() {
        return readIds == null ? Set.of() : Set.copyOf(readIds);
    }

    public boolean lists(String entryId) {
        return getEntries().stream().anyMatch(ref -> ref.entryId().equals(entryId));
    }

    /** One entry of the inbox: its id and when it arrived; never changes, so adding it again is a no-op. */
    public record Ref(String entryId, Instant at) {
    }
}
