package com.estate.billing.provider.simulated;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The simulated payment provider (the embedded default; turn it off where a real provider is configured).
 *
 * @param enabled          whether the simulated provider takes online payments
 * @param secret           the HMAC-SHA256 key both sides share, as a real provider's API key
 * @param notifyBaseUrl    where callbacks are sent (the suite's gateway or the service itself); empty: this service
 *                         on its own port on the loopback address
 * @param callbackDelay    how long after the payer paid the first callback leaves (callbacks are asynchronous)
 * @param callbackAttempts how often a refused or failed callback is delivered again (with doubling delays)
 * @param maxClockSkew     how old a callback's timestamp may be (replays of old callbacks are refused)
 * @param defaultOutcome   what paying does when the payer does not choose: PAID, DECLINED, NO_CALLBACK,
 *                         DUPLICATE_CALLBACKS, OUT_OF_ORDER
 * @param unavailable      the provider refuses new orders (503), as when the real one is down
 * @param orderTimeout     how long an order can be paid
 */
@ConfigurationProperties("app.billing.providers.simulated")
public record SimulatedProviderProperties(@DefaultValue("true") boolean enabled,
        @DefaultValue("simulated-provider-shared-secret") String secret, @DefaultValue("") String notifyBaseUrl,
        @DefaultValue("300ms") Duration callbackDelay, @DefaultValue("5") int callbackAttempts,
        @DefaultValue("5m") Duration maxClockSkew, @DefaultValue("PAID") SimulatedOutcome defaultOutcome,
        @DefaultValue("false") boolean unavailable, @DefaultValue("30m") Duration orderTimeout) {
}
