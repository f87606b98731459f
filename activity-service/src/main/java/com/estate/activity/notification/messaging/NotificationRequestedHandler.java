package com.estate.activity.notification.messaging;

import com.estate.activity.notification.NotificationTemplates;
import com.estate.activity.notification.domain.InboxEntry;
import com.estate.activity.notification.domain.MessageTemplate;
import com.estate.activity.notification.persistence.InboxEntryDocument;
import com.estate.activity.notification.persistence.InboxIndex;
import com.estate.platform.consumer.RecordCreatingHandler;
import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import com.estate.platform.notification.Notifications;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * One inbox entry per notification request, whatever service asked: the platform routes each request here and
 * inserts the entry under the id derived from the event id, so a redelivered request creates nothing; the entry is
 * then listed in its recipient's inbox (idempotent too, see {@link InboxIndex}). The text is rendered now, in both
 * languages, so the inbox shows what was true when it was asked even after the catalog's texts change.
 */
@Component
class NotificationRequestedHandler implements RecordCreatingHandler<NotificationRequested, InboxEntryDocument> {

    /** Part of every entry's id: renaming it would let redelivered requests create their entries again. */
    static final String PURPOSE = "inbox-entry";

    private final NotificationTemplates templates;
    private final InboxIndex index;
    private final Clock clock;

    NotificationRequestedHandler(NotificationTemplates templates, InboxIndex index, Clock clock) {
        this.templates = templates;
        this.index = index;
        this.clock = clock;
    }

    @Override
    public IntegrationEventType eventType() {
        return Notifications.REQUESTED;
    }

    @Override
    public Class<NotificationRequested> dataType() {
        return NotificationRequested.class;
    }

    @Override
    public Class<InboxEntryDocument> recordType() {
        return InboxEntryDocument.class;
    }

    @Override
    public String purpose() {
        return PURPOSE;
    }

    @Override
    public InboxEntryDocument newRecord(String id, NotificationRequested request, CloudEvent event) {
        MessageTemplate.Rendered text = templates.render(request.templateKey(), request.params());
        return InboxEntryDocument.from(new InboxEntry(id, request.addressee(), request.templateKey(),
                request.params(), request.urgency(), text.title(), text.body(), request.requestedAt(),
                clock.instant(), null));
    }

    @Override
    public void afterStored(InboxEntryDocument entry, NotificationRequested request, CloudEvent event) {
        index.add(entry.getAddress(), entry.getId(), entry.getCreatedAt());
    }
}
