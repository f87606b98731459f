package com.estate.activity.notification.domain;

import com.estate.platform.notification.NotificationRecipient;
import com.estate.platform.notification.Urgency;
import java.time.Instant;
import java.util.Map;

/** One notification in a recipient's inbox: what was asked for, the text it was rendered to, and whether it was read. */
public record InboxEntry(String id, NotificationRecipient recipient, String templateKey, Map<String, String> params,
        Urgency urgency, LocalizedText title, LocalizedText body, Instant requestedAt, Instant createdAt,
        Instant readAt) {

    public InboxEntry {
        params = Map.copyOf(params);
    }

    public boolean isRead() {
        return readAt != null;
    }
}
