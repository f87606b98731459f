package com.estate.gateway.residents;

import org.apache.kafka.common.TopicPartition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;

import com.estate.contracts.delivery.TransientFailures;
import com.estate.gateway.security.ConditionalOnBuiltInIssuer;

/**
 * Failures of the resident-event listener ({@link ResidentEventRetryProperties}): transient ones are retried until
 * they pass, the partition waiting; malformed records go to {@code <topic>.DLT} (same partition, the exception in
 * its headers) at once; anything else after bounded retries. The gateway's only listener is the resident one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBuiltInIssuer
class ResidentEventsConfiguration {

    @Bean
    CommonErrorHandler kafkaErrorHandler(KafkaTemplate<?, ?> template, ResidentEventRetryProperties retry) {
        return errorHandler(new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(record.topic() + ".DLT", record.partition())), retry);
    }

    static DefaultErrorHandler errorHandler(ConsumerRecordRecoverer deadLetters, ResidentEventRetryProperties retry) {
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, retry.otherFailures());
        handler.addNotRetryableExceptions(MalformedResidentEventException.class);
        // asked only about retryable failures, and again whenever the failure's type changes
        handler.setBackOffFunction((record, failure) ->
                TransientFailures.isTransient(failure) ? retry.transientFailures() : null);
        // Each retry reads the record from the broker again: nothing is held while the partition waits, and a stop
        // during the wait (which ends it at once) leaves the offset uncommitted, so the record comes back.
        handler.setSeekAfterError(true);
        handler.setRetryListeners(new RetryLog());
        return handler;
    }
}
