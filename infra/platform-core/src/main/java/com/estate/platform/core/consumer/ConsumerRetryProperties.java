package com.estate.platform.core.consumer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * How a failing listener is retried ({@code app.kafka.retry.*}).
 * <ul>
 *   <li>A transient failure (the database unreachable or slow, contention: {@code TransientFailures}) is retried
 *       without a limit, with exponential back-off from {@code transient.initial-interval} up to
 *       {@code transient.max-interval}. The partition waits, its lag shows it, and the event applies once the
 *       database is back: dead-lettering a valid event would lose its effect.</li>
 *   <li>An event that can never be applied (unreadable, breaking its contract) goes to the DLT at once.</li>
 *   <li>Any other failure (most likely a bug) is retried {@code max-attempts} times, from
 *       {@code initial-interval} up to {@code max-interval}, then dead-lettered, so one record cannot stall its
 *       partition for ever; replaying it after the fix is safe, since consumers are idempotent.</li>
 * </ul>
 * The back-off sleeps on the consumer thread (it ends as soon as the container stops), so the transient cap stays
 * well below the consumer's {@code max.poll.interval.ms} (5 minutes by default).
 */
@ConfigurationProperties("app.kafka.retry")
public record ConsumerRetryProperties(
        @DefaultValue("4") int maxAttempts,
        @DefaultValue("200ms") Duration initialInterval,
        @DefaultValue("2.0") double multiplier,
        @DefaultValue("5s") Duration maxInterval,
        @Name("transient") @DefaultValue WhileTransient whileTransient) {

    static final Duration LONGEST_TRANSIENT_INTERVAL = Duration.ofMinutes(2);

    public ConsumerRetryProperties {
        if (whileTransient.maxInterval().compareTo(LONGEST_TRANSIENT_INTERVAL) > 0) {
            throw new IllegalArgumentException("app.kafka.retry.transient.max-interval must be at most "
                    + LONGEST_TRANSIENT_INTERVAL + " (the consumer would be considered dead while it waits)");
        }
    }

    /** Retries of transient failures: no limit on attempts or elapsed time. */
    public record WhileTransient(
            @DefaultValue("500ms") Duration initialInterval,
            @DefaultValue("2.0") double multiplier,
            @DefaultValue("30s") Duration maxInterval) {
    }

    public BackOff otherFailures() {
        ExponentialBackOff backOff = new ExponentialBackOff(initialInterval.toMillis(), multiplier);
        backOff.setMaxInterval(maxInterval.toMillis());
        backOff.setMaxAttempts(maxAttempts);
        return backOff;
    }

    public BackOff transientFailures() {
        // max attempts and max elapsed time stay at their defaults: unlimited
        ExponentialBackOff backOff = new ExponentialBackOff(whileTransient.initialInterval().toMillis(),
                whileTransient.multiplier());
        backOff.setMaxInterval(whileTransient.maxInterval().toMillis());
        return backOff;
    }
}
