package com.estate.platform.clock;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health contributor {@code clock}: whether business time can be moved, by how much it is, and what this process
 * takes for now, so a moved clock is never a surprise ({@code /actuator/health/time}).
 */
public class ClockHealthIndicator extends AbstractHealthIndicator {

    private final Clock clock;

    public ClockHealthIndicator(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Duration offset = clock instanceof AdjustableClock adjustable ? adjustable.offset() : Duration.ZERO;
        builder.up()
                .withDetail("adjustable", clock instanceof AdjustableClock)
                .withDetail("offset", offset.toString())
                .withDetail("now", clock.instant().toString());
    }
}
