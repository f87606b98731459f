package com.estate.platform.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox relay runs.
 *
 * @param immediate     publish right after each save (off only in tests that simulate a crash before publishing)
 * @param pollInterval  how often the safety-net poller looks for events left pending, e.g. after a crash
 * @param pollGrace     how old a pending event must be before the poller takes it, so it does not race the
 *                      immediate publication of the same event
 * @param pollerEnabled whether the poller runs at all
 * @param sendTimeout   how long to wait for the broker's acknowledgement of one event; at least the producer's
 *                      {@code max.block.ms} plus {@code delivery.timeout.ms} (5 s + 10 s in the platform's
 *                      defaults), so the producer has given up on a record before the relay counts it failed
 * @param lease         how long a publisher holds an aggregate's marker; another replica may take it after that
 * @param maxAttempts   failed publications of one event before the aggregate's events are parked
 * @param retryInitial  the wait after the first failed publication; it doubles with each further one
 * @param retryMax      the longest wait between two attempts
 * @param sweepInterval how often the poller also reads every outbox collection for pending events without a
 *                      marker (and once at start), on one replica: {@code app.outbox.sweep-lock-at-least-for}
 *                      (PT50M) is how long after one replica's sweep the others' timers skip theirs, and
 *                      {@code app.outbox.sweep-lock-at-most-for} (PT55M) how long a replica that died sweeping
 *                      keeps the others out (infra/ARCHITECTURE.md §13); lower them with the interval
 */
@ConfigurationProperties("app.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean immediate,
        @DefaultValue("true") boolean pollerEnabled,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("3s") Duration pollGrace,
        @DefaultValue("15s") Duration sendTimeout,
        @DefaultValue("60s") Duration lease,
        @DefaultValue("20") int maxAttempts,
        @DefaultValue("1s") Duration retryInitial,
        @DefaultValue("5m") Duration retryMax,
        @DefaultValue("1h") Duration sweepInterval) {
}
