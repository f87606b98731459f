package com.estate.platform.core.consumer;

import com.estate.contracts.delivery.TransientFailures;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;

/**
 * The one way a failing listener is handled, in the gateway and in every service ({@link ConsumerRetryProperties}):
 * transient failures are retried until they pass, the partition waiting; records that cannot be deserialised or
 * converted, and the given failures that can never succeed (a broken contract), go to {@code <topic>.DLT} (same
 * partition, the exception in its headers) at once; anything else after bounded retries.
 */
public final class ListenerErrorHandlers {

    /** The dead-letter twin of every topic, as the runtime creates them. */
    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    private ListenerErrorHandlers() {
    }

    /** Publishes a failed record to {@code <topic>.DLT} on the same partition. */
    public static DeadLetterPublishingRecoverer deadLetters(KafkaOperations<?, ?> template) {
        return new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(record.topic() + DEAD_LETTER_SUFFIX, record.partition()));
    }

    @SafeVarargs
    public static DefaultErrorHandler create(ConsumerRecordRecoverer deadLetters, ConsumerRetryProperties retry,
            Class<? extends Exception>... neverApplicable) {
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, retry.otherFailures());
        // Deserialisation and conversion failures are not retried by default; the never-applicable ones join them.
        // The function is asked only about retryable failures, again whenever the failure's type changes.
        handler.addNotRetryableExceptions(neverApplicable);
        handler.setBackOffFunction((record, failure) ->
                TransientFailures.isTransient(failure) ? retry.transientFailures() : null);
        // Each retry reads the record from the broker again: nothing is held while the partition waits, and a stop
        // during the wait (which ends it at once) leaves the offset uncommitted, so the record comes back.
        handler.setSeekAfterError(true);
        handler.setRetryListeners(new RetryLog());
        return handler;
    }
}
