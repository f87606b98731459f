package com.estate.activity.notification.web;

import com.estate.activity.notification.domain.InboxEntry;
import com.estate.platform.notification.Urgency;
import java.time.Instant;
import java.util.Map;

/** One notification as the apps show it: the text in both languages, so the app picks its user's. */
record NotificationResponse(String id, Recipient recipient, String templateKey, Map<String, String> params,
        Urgency urgency, Map<String, String> title, Map<String, String> body, Instant createdAt, Instant readAt,
        boolean read) {

    record Recipient(String kind, String id, String communityId) {
    }

    static NotificationResponse of(InboxEntry entry) {
        return new NotificationResponse(entry.id(), new Recipient(entry.recipient().kind(), entry.recipient().id(),
                entry.recipient().communityId()), entry.templateKey(), entry.params(), entry.urgency(),
                entry.title().byLanguage(), entry.body().byLanguage(), entry.createdAt(), entry.readAt(),
                entry.isRead());
    }
}
