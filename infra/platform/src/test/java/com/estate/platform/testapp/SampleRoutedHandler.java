package com.estate.platform.testapp;

import com.estate.platform.consumer.EventHandler;
import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import org.springframework.stereotype.Component;

/** Counts each "routed" event on its sample: the platform routes and de-duplicates, the handler only counts. */
@Component
public class SampleRoutedHandler implements EventHandler<SampleRoutedHandler.Routed, Sample> {

    public static final IntegrationEventType ROUTED = new IntegrationEventType("com.estate.test.sample.routed.v1",
            "complaint.events");

    /** The fields this handler reads; others in the event are ignored. */
    public record Routed(String sampleId) {
    }

    @Override
    public IntegrationEventType eventType() {
        return ROUTED;
    }

    @Override
    public Class<Routed> dataType() {
        return Routed.class;
    }

    @Override
    public Class<Sample> documentType() {
        return Sample.class;
    }

    /** Samples named "unconcerned-…" are none of this handler's business. */
    @Override
    public boolean concerns(Routed data) {
        return !data.sampleId().startsWith("unconcerned-");
    }

    @Override
    public Object documentId(Routed data) {
        return data.sampleId();
    }

    @Override
    public Sample newDocument(Routed data, CloudEvent event) {
        Sample sample = new Sample();
        sample.id = data.sampleId();
        sample.name = "routed-" + data.sampleId();
        return sample;
    }

    @Override
    public void apply(Sample document, Routed data, CloudEvent event) {
        document.applied++;
    }
}
