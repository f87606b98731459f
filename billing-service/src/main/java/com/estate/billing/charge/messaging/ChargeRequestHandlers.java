package com.estate.billing.charge.messaging;

import com.estate.billing.account.domain.FeeAccount;
import com.estate.billing.charge.PendingCharge;
import com.estate.billing.charge.persistence.ChargeDocument;
import com.estate.platform.consumer.EventHandler;
import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import com.estate.platform.money.Money;
import com.estate.platform.outbox.OutboxEvents;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One-off charges from resident-service (renovation waste removal) and workorder-service (paid repairs, convenience
 * services): each {@code chargeId} becomes one pending charge, whatever event id brings it (the requester may send
 * it again after a crash under a new event id), with {@code charge.posted} in the same write. The next bill of the
 * unit takes it.
 */
@Configuration(proxyBeanMethods = false)
class ChargeRequestHandlers {

    @Bean
    EventHandler<ChargeRequested, ChargeDocument> residentChargeRequests(OutboxEvents outboxEvents, Clock clock) {
        return new Handler(new IntegrationEventType("com.estate.resident.charge.requested.v1", "resident.events"),
                outboxEvents, clock);
    }

    @Bean
    EventHandler<ChargeRequested, ChargeDocument> workorderChargeRequests(OutboxEvents outboxEvents, Clock clock) {
        return new Handler(new IntegrationEventType("com.estate.workorder.charge.requested.v1", "workorder.events"),
                outboxEvents, clock);
    }

    private record Handler(IntegrationEventType eventType, OutboxEvents outboxEvents, Clock clock)
            implements EventHandler<ChargeRequested, ChargeDocument> {

        @Override
        public Class<ChargeRequested> dataType() {
            return ChargeRequested.class;
        }

        @Override
        public Class<ChargeDocument> documentType() {
            return ChargeDocument.class;
        }

        @Override
        public Object documentId(ChargeRequested charge) {
            return charge.chargeId();
        }

        @Override
        public ChargeDocument newDocument(ChargeRequested charge, CloudEvent event) {
            PendingCharge pending = new PendingCharge(charge.chargeId(), FeeAccount.idFor(charge.unitId()),
                    charge.unitId(), charge.communityId(), charge.itemCode(),
                    new Money(charge.amount(), charge.currency() == null ? Money.CNY : charge.currency()),
                    charge.reason(), charge.source().kind(), charge.source().id(), charge.lines(),
                    charge.requestedAt(), null);
            return ChargeDocument.pending(pending, clock.instant());
        }

        @Override
        public void apply(ChargeDocument document, ChargeRequested charge, CloudEvent event) {
            if (document.isNew()) {
                document.publish(outboxEvents.create(ChargePostedV1.TYPE, document.toDomain().accountId(),
                        charge.communityId(), ChargePostedV1.of(document.toDomain(), document.getPostedAt())));
            }
        }
    }
}
