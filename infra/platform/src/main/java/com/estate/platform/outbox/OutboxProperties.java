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
 * @param sendTimeout   how long to wait for the broker's acknowledgement of one event
 */
@ConfigurationProperties("app.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean immediate,
        @DefaultValue("true") boolean pollerEnabled,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("3s") Duration pollGrace,
        @DefaultValue("10s") Duration sendTimeout) {
}
