package com.estate.billing.account.messaging;

import com.estate.billing.account.domain.FeeAccount;
import com.estate.billing.account.persistence.FeeAccountDocument;
import com.estate.platform.consumer.EventHandler;
import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import com.estate.platform.notification.NotificationRecipient;
import com.estate.platform.notification.Notifications;
import com.estate.platform.notification.Urgency;
import com.estate.platform.outbox.OutboxEvents;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Opens a fee account for every unit resident-service registers, once, however often the event arrives (the
 * platform routes {@code unit.registered} here and applies it idempotently, keyed by the unit), and asks for the
 * household to be told, in the same document write.
 */
@Component
class UnitRegisteredHandler implements EventHandler<UnitRegistered, FeeAccountDocument> {

    static final IntegrationEventType UNIT_REGISTERED = new IntegrationEventType(UnitRegistered.TYPE,
            "resident.events");

    static final String ACCOUNT_OPENED_TEMPLATE = "billing.account-opened";

    private final OutboxEvents outboxEvents;
    private final Notifications notifications;
    private final Clock clock;

    UnitRegisteredHandler(OutboxEvents outboxEvents, Notifications notifications, Clock clock) {
        this.outboxEvents = outboxEvents;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public IntegrationEventType eventType() {
        return UNIT_REGISTERED;
    }

    @Override
    public Class<UnitRegistered> dataType() {
        return UnitRegistered.class;
    }

    @Override
    public Class<FeeAccountDocument> documentType() {
        return FeeAccountDocument.class;
    }

    @Override
    public Object documentId(UnitRegistered unit) {
        return FeeAccount.idFor(unit.unitId());
    }

    @Override
    public FeeAccountDocument newDocument(UnitRegistered unit, CloudEvent event) {
        return FeeAccountDocument.from(FeeAccount.openFor(unit.unitId(), unit.communityId(), clock.instant()));
    }

    @Override
    public void apply(FeeAccountDocument document, UnitRegistered unit, CloudEvent event) {
        if (document.isNew()) {
            FeeAccount account = document.toDomain();
            document.publish(outboxEvents.create(AccountOpenedV1.TYPE, account.id(), account.communityId(),
                    AccountOpenedV1.of(account)));
            notifications.request(document, new NotificationRecipient.Household(account.communityId(),
                    account.unitId()), ACCOUNT_OPENED_TEMPLATE,
                    Map.of("accountId", account.id(), "unitId", account.unitId()), Urgency.NORMAL);
        }
    }
}
