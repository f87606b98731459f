package com.estate.billing.meter.messaging;

import com.estate.billing.BillingProperties;
import com.estate.billing.meter.domain.MeterKind;
import com.estate.billing.meter.persistence.MeterReadingsDocument;
import com.estate.platform.consumer.EventHandler;
import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The start readings of a move-in ({@code movein.meter-readings-recorded}): each meter's first reading, on the day
 * staff read the meters (in {@code app.billing.time-zone}); metered fees are billed from them. A meter that has a
 * reading already keeps it, unless this one comes later and is not lower (a later owner's move-in).
 */
@Component
class StartReadingsHandler implements EventHandler<StartReadingsHandler.Recorded, MeterReadingsDocument> {

    static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.resident.movein.meter-readings-recorded.v1", "resident.events");

    private final BillingProperties properties;

    StartReadingsHandler(BillingProperties properties) {
        this.properties = properties;
    }

    record Value(String value) {
    }

    record Readings(Value water, Value electricity, Value gas) {
    }

    record Recorded(String unitId, String communityId, Readings readings, Instant recordedAt) {
        Recorded {
            Objects.requireNonNull(unitId, "unitId");
            Objects.requireNonNull(communityId, "communityId");
            Objects.requireNonNull(readings, "readings");
            Objects.requireNonNull(recordedAt, "recordedAt");
        }
    }

    @Override
    public IntegrationEventType eventType() {
        return TYPE;
    }

    @Override
    public Class<Recorded> dataType() {
        return Recorded.class;
    }

    @Override
    public Class<MeterReadingsDocument> documentType() {
        return MeterReadingsDocument.class;
    }

    @Override
    public Object documentId(Recorded data) {
        return data.unitId();
    }

    @Override
    public MeterReadingsDocument newDocument(Recorded data, CloudEvent event) {
        return MeterReadingsDocument.of(data.unitId(), data.communityId());
    }

    @Override
    public void apply(MeterReadingsDocument document, Recorded recorded, CloudEvent event) {
        LocalDate day = recorded.recordedAt().atZone(properties.timeZone()).toLocalDate();
        start(document, MeterKind.WATER, recorded.readings().water(), day, event.time());
        start(document, MeterKind.ELECTRICITY, recorded.readings().electricity(), day, event.time());
        start(document, MeterKind.GAS, recorded.readings().gas(), day, event.time());
    }

    private static void start(MeterReadingsDocument document, MeterKind meter, Value reading, LocalDate day,
            Instant at) {
        if (reading == null || reading.value() == null) {
            return;
        }
        BigDecimal value = new BigDecimal(reading.value());
        boolean follows = document.latest(meter)
                .map(last -> day.isAfter(last.readOn()) && value.compareTo(last.value()) >= 0).orElse(true);
        if (follows) {
            document.add(meter, new MeterReadingsDocument.Entry(day, value, "move-in", at));
        }
    }
}
