package com.estate.resident.timeline.messaging;

import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import com.estate.resident.timeline.TimelineProperties;
import com.estate.resident.timeline.domain.TimelineEntry;
import com.estate.resident.timeline.domain.TimelineKind;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A payment to the unit's account ({@code billing.payment.received}); a payment never changes once received. */
@Component
class PaymentReceivedHandler extends UnitEntryHandler<PaymentReceivedHandler.PaymentReceived> {

    static final IntegrationEventType TYPE = new IntegrationEventType("com.estate.billing.payment.received.v1",
            "billing.events");

    record PaymentReceived(String paymentId, String unitId, String communityId, String amount, String channel,
            Instant receivedAt, List<String> billIds) implements HouseholdEvent {

        PaymentReceived {
            Required.text(paymentId, "paymentId");
            Required.text(unitId, "unitId");
            Required.text(communityId, "communityId");
            Required.text(amount, "amount");
            Required.text(channel, "channel");
            Objects.requireNonNull(receivedAt, "receivedAt");
            billIds = billIds == null ? List.of() : List.copyOf(billIds);
        }
    }

    PaymentReceivedHandler(TimelineProperties properties) {
        super(TYPE, PaymentReceived.class, properties);
    }

    @Override
    Optional<TimelineEntry> entry(PaymentReceived payment, CloudEvent event) {
        return Optional.of(new TimelineEntry("payment:" + payment.paymentId(), TimelineKind.PAYMENT,
                payment.receivedAt(), "timeline.payment", Params.of("amount", payment.amount(),
                        "channel", payment.channel(), "bills", payment.billIds().size()),
                "RECEIVED", "/api/billing/payments/" + payment.paymentId(), 1));
    }
}
