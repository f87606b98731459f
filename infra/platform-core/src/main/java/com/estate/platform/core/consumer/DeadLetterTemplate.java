package com.estate.platform.core.consumer;

import com.estate.platform.events.CloudEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

/**
 * The producer that writes to dead-letter topics. The failed value may be raw bytes (it could not be
 * deserialised) or the event already read; the DLT keeps both as they were: bytes as bytes, events as
 * CloudEvents JSON. Kept apart from the application's own KafkaTemplate, which publishes plain JSON strings. The
 * gateway and every service dead-letter through it.
 */
public class DeadLetterTemplate implements DisposableBean {

    private final DefaultKafkaProducerFactory<String, Object> factory;
    private final KafkaTemplate<String, Object> template;

    public DeadLetterTemplate(Map<String, Object> producerConfig) {
        Map<Class<?>, Serializer<?>> serializers = new LinkedHashMap<>();
        serializers.put(byte[].class, new ByteArraySerializer());
        serializers.put(String.class, new StringSerializer());
        serializers.put(CloudEvent.class, new JacksonJsonSerializer<CloudEvent>().noTypeInfo());
        this.factory = new DefaultKafkaProducerFactory<>(producerConfig,
                new StringSerializer(), new DelegatingByTypeSerializer(serializers));
        this.template = new KafkaTemplate<>(factory);
    }

    public KafkaTemplate<String, Object> template() {
        return template;
    }

    @Override
    public void destroy() {
        factory.destroy();
    }
}
