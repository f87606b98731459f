package com.estate.platform.consumer;

import com.estate.platform.events.InvalidEventException;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Listener failures: bounded retries with back-off, then the record goes to {@code <topic>.DLT} (same partition)
 * with the exception in its headers, and the partition moves on. Records that cannot be deserialised, and events
 * that break their contract, go to the DLT at once: retrying cannot help them.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(ConsumerRetryProperties.class)
public class KafkaErrorHandlingConfiguration {

    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    @Bean
    DeadLetterTemplate deadLetterTemplate(KafkaProperties kafka) {
        return new DeadLetterTemplate(kafka.buildProducerProperties());
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler kafkaErrorHandler(DeadLetterTemplate deadLetters, ConsumerRetryProperties retry) {
        ExponentialBackOff backOff = new ExponentialBackOff(retry.initialInterval().toMillis(), retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        backOff.setMaxAttempts(retry.maxAttempts());
        // <topic>.DLT on the same partition: the names the runtime creates and DESIGN.md uses
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetters.template(),
                (record, exception) -> new TopicPartition(record.topic() + DEAD_LETTER_SUFFIX, record.partition()));
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(InvalidEventException.class);
        return handler;
    }
}
