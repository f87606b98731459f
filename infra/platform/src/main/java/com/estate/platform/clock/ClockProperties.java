package com.estate.platform.clock;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param adjustable true: business time can be moved through {@code /internal/clock} (end-to-end tests only; the
 *                   process warns at start and its {@code clock} health says so). False, the default: the
 *                   machine's time, and {@code /internal/clock} is not served.
 */
@ConfigurationProperties("app.clock")
public record ClockProperties(boolean adjustable) {
}
