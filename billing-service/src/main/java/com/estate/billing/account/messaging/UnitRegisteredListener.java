package com.estate.billing.account.messaging;

import com.estate.billing.account.domain.FeeAccount;
import com.estate.billing.account.persistence.FeeAccountDocument;
import com.estate.platform.consumer.IdempotentConsumer;
import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.EventReader;
import com.estate.platform.outbox.OutboxEvents;
import java.time.Clock;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Opens a fee account for every unit resident-service registers, once, however often the event arrives. */
@Component
class UnitRegisteredListener {

    private final IdempotentConsumer consumer;
    private final EventReader reader;
    private final OutboxEvents outboxEvents;
    private final Clock clock;

    UnitRegisteredListener(IdempotentConsumer consumer, EventReader reader, OutboxEvents outboxEvents, Clock clock) {
        this.consumer = consumer;
        this.reader = reader;
        this.outboxEvents = outboxEvents;
        this.clock = clock;
    }

    /** The service's consumer group (spring.application.name) reads the topic once; events are told apart by type. */
    @KafkaListener(topics = "resident.events")
    void on(CloudEvent event) {
        if (!UnitRegistered.TYPE.equals(event.type())) {
            return;
        }
        UnitRegistered unit = reader.data(event, UnitRegistered.class);
        consumer.apply(event, FeeAccountDocument.class, FeeAccount.idFor(unit.unitId()),
                () -> FeeAccountDocument.from(FeeAccount.openFor(unit.unitId(), unit.communityId(), clock.instant())),
                document -> {
                    if (document.isNew()) {
                        FeeAccount account = document.toDomain();
                        document.publish(outboxEvents.create(AccountOpenedV1.TYPE, account.id(),
                                account.communityId(), AccountOpenedV1.of(account)));
                    }
                });
    }
}
