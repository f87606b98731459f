package com.estate.gateway.residents;

import org.apache.kafka.common.TopicPartition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

import com.estate.gateway.security.ConditionalOnBuiltInIssuer;

/**
 * A record the listener cannot apply must not block its partition: it is retried twice (a database hiccup),
 * then published to {@code <topic>.DLT} on the same partition with the exception in its headers, and the
 * partition moves on. Malformed records go to the DLT at once. The gateway's only listener is the resident one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBuiltInIssuer
class ResidentEventsConfiguration {

    @Bean
    CommonErrorHandler kafkaErrorHandler(KafkaTemplate<?, ?> template) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(record.topic() + ".DLT", record.partition()));
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, new FixedBackOff(1000L, 2));
        handler.addNotRetryableExceptions(MalformedResidentEventException.class);
        return handler;
    }
}
