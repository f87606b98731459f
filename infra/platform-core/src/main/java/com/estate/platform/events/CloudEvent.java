package com.estate.platform.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * The wire envelope of every event: CloudEvents 1.0 in structured JSON mode, with the extension attributes
 * {@code communityid} and {@code traceparent}. Consumers read {@code data} into their own small records
 * (tolerant reader) with {@link EventReader}; no domain class crosses a service boundary.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        String dataschema,
        String communityid,
        String traceparent,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";
    /**
     * The Kafka header that repeats the event's type next to the structured value (the name the CloudEvents Kafka
     * binding gives the attribute), so that a consumer can pass over the types it does not handle unread.
     */
    public static final String TYPE_HEADER = "ce_type";

    /** What a consumer receives in place of an event of a type it does not handle ({@link CloudEventDeserializer}). */
    public static CloudEvent notHandled(String type) {
        return new CloudEvent(SPEC_VERSION, null, null, type, null, null, null, null, null, null, null);
    }
}
