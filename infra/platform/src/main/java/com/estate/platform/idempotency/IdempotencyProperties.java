package com.estate.platform.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long {@code Idempotency-Key}s are kept ({@code app.idempotency}).
 *
 * @param retention    how long the first answer to a key is replayed; after that the key is free again
 * @param claimTimeout how long a key stays "in progress" without an answer before it counts as abandoned (the
 *                     process died while executing) and a retry may run it; longer than any request may take
 */
@ConfigurationProperties("app.idempotency")
public record IdempotencyProperties(
        @DefaultValue("24h") Duration retention,
        @DefaultValue("2m") Duration claimTimeout) {
}
