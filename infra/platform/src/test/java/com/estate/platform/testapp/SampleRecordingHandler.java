package com.estate.platform.testapp;

import com.estate.platform.consumer.RecordCreatingHandler;
import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;

/**
 * Creates one sample per "recorded" event; each new copy gets a random {@code applied}, so what
 * {@link #afterStored} is handed shows whether it is the stored record or a copy built for a redelivery.
 */
@Component
public class SampleRecordingHandler implements RecordCreatingHandler<SampleRecordingHandler.Recorded, Sample> {

    public static final IntegrationEventType RECORDED = new IntegrationEventType("com.estate.test.sample.recorded.v1",
            "complaint.events");

    /** Every record {@link #afterStored} was handed, in order. */
    public final List<Sample> stored = new CopyOnWriteArrayList<>();

    public record Recorded(String name) {
    }

    @Override
    public IntegrationEventType eventType() {
        return RECORDED;
    }

    @Override
    public Class<Recorded> dataType() {
        return Recorded.class;
    }

    @Override
    public Class<Sample> recordType() {
        return Sample.class;
    }

    @Override
    public String purpose() {
        return "sample-recorded";
    }

    @Override
    public Sample newRecord(String id, Recorded data, CloudEvent event) {
        Sample sample = new Sample();
        sample.id = id;
        sample.name = data.name();
        sample.applied = ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE);
        return sample;
    }

    @Override
    public void afterStored(Sample record, Recorded data, CloudEvent event) {
        stored.add(record);
    }
}
