package com.estate.platform.consumer;

import com.estate.contracts.delivery.TransientFailures;
import com.estate.platform.events.InvalidEventException;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;

/**
 * Listener failures ({@link ConsumerRetryProperties}): transient ones are retried until they pass, the partition
 * waiting; records that cannot be deserialised or converted and events that break their contract go to
 * {@code <topic>.DLT} (same partition, the exception in its headers) at once; anything else after bounded retries.
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
        // <topic>.DLT on the same partition: the names the runtime creates
        return errorHandler(new DeadLetterPublishingRecoverer(deadLetters.template(),
                (record, exception) -> new TopicPartition(record.topic() + DEAD_LETTER_SUFFIX, record.partition())),
                retry);
    }

    static DefaultErrorHandler errorHandler(ConsumerRecordRecoverer deadLetters, ConsumerRetryProperties retry) {
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, retry.otherFailures());
        // Deserialisation and conversion failures are not retried by default; contract breaches join them. The
        // function is asked only about retryable failures, again whenever the failure's type changes.
        handler.addNotRetryableExceptions(InvalidEventException.class);
        handler.setBackOffFunction((record, failure) ->
                TransientFailures.isTransient(failure) ? retry.transientFailures() : null);
        // Each retry reads the record from the broker again: nothing is held while the partition waits, and a stop
        // during the wait (which ends it at once) leaves the offset uncommitted, so the record comes back.
        handler.setSeekAfterError(true);
        handler.setRetryListeners(new RetryLog());
        return handler;
    }
}
