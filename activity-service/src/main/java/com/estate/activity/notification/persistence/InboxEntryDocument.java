package com.estate.activity.notification.persistence;

import com.estate.activity.notification.domain.InboxEntry;
import com.estate.activity.notification.domain.LocalizedText;
import com.estate.platform.notification.NotificationRecipient;
import com.estate.platform.notification.Urgency;
import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One inbox entry, under the id derived from the request's event id (the record-creating consumer of
 * infra/ARCHITECTURE.md §8), so a redelivered request creates nothing. Found by {@code _id} only: which entries a
 * recipient has is listed in their {@link InboxDocument}.
 */
@Document("inbox_entries")
public class InboxEntryDocument {

    @Id
    private String id;

    /** {@code <communityId>/<kind>/<id>}: the {@link InboxDocument} that lists the entry. */
    private String address;

    private String communityId;

    private String recipientKind;

    private String recipientId;

    private String templateKey;

    private Map<String, String> params;

    private Urgency urgency;

    private Map<String, String> title;

    private Map<String, String> body;

    private Instant requestedAt;

    private Instant createdAt;

    private Instant readAt;

    protected InboxEntryDocument() {
    }

    public static InboxEntryDocument from(InboxEntry entry) {
        InboxEntryDocument document = new InboxEntryDocument();
        document.id = entry.id();
        document.address = entry.recipient().address();
        document.communityId = entry.recipient().communityId();
        document.recipientKind = entry.recipient().kind();
        document.recipientId = entry.recipient().id();
        document.templateKey = entry.templateKey();
        document.params = entry.params();
        document.urgency = entry.urgency();
        document.title = entry.title().byLanguage();
        document.body = entry.body().byLanguage();
        document.requestedAt = entry.requestedAt();
        document.createdAt = entry.createdAt();
        document.readAt = entry.readAt();
        return document;
    }

    public InboxEntry toDomain() {
        return new InboxEntry(id, NotificationRecipient.of(communityId, recipientKind, recipientId), templateKey,
                params == null ? Map.of() : params, urgency, LocalizedText.of(title), LocalizedText.of(body),
                requestedAt, createdAt, readAt);
    }

    public String getId() {
        return id;
    }

    public String getAddress() {
        return address;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
