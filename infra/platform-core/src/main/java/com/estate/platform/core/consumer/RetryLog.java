package com.estate.platform.core.consumer;

import com.estate.contracts.delivery.TransientFailures;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.RetryListener;

/**
 * One line per failed attempt (WARN) and per dead-lettered record (ERROR), naming the record by its coordinates and
 * the failure by its exception classes only: neither keys nor messages, which can quote personal data.
 */
public final class RetryLog implements RetryListener {

    private static final Logger log = LoggerFactory.getLogger(RetryLog.class);

    @Override
    public void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int deliveryAttempt) {
        log.warn("Attempt {} at {}-{}@{} failed ({}){}", deliveryAttempt, record.topic(), record.partition(),
                record.offset(), TransientFailures.describe(failure),
                TransientFailures.isTransient(failure) ? "; transient: retried until it succeeds, the partition waits"
                        : "");
    }

    @Override
    public void recovered(ConsumerRecord<?, ?> record, Exception failure) {
        log.error("{}-{}@{} sent to the dead-letter topic ({})", record.topic(), record.partition(), record.offset(),
                TransientFailures.describe(failure));
    }

    @Override
    public void recoveryFailed(ConsumerRecord<?, ?> record, Exception original, Exception failure) {
        log.error("{}-{}@{} could not be sent to the dead-letter topic ({}); it is retried", record.topic(),
                record.partition(), record.offset(), TransientFailures.describe(failure));
    }
}
