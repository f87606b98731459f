package com.estate.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A clock a test moves instead of sleeping. {@code new MovableClock()} follows the real time plus an offset: declare
 * it as the application's {@code Clock} bean, then {@link #advance} past a deadline or a grace period.
 * {@code new MovableClock(start)} stands still at {@code start} until moved, for components a test builds itself.
 * Always UTC: zones are applied per community, never by the clock.
 */
public final class MovableClock extends Clock {

    /** Makes a {@code MovableClock} following the real time the application's clock: import it, autowire the clock. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class AsApplicationClock {

        @Bean
        MovableClock clock() {
            return new MovableClock();
        }
    }

    /** Where the clock stands before its offset; {@code null} while it follows the real time. */
    private final AtomicReference<Instant> base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** Follows the real time until moved. */
    public MovableClock() {
        this.base = new AtomicReference<>();
    }

    /** Stands at {@code start} until moved. */
    public MovableClock(Instant start) {
        this.base = new AtomicReference<>(start);
    }

    public void advance(Duration by) {
        offset.accumulateAndGet(by, Duration::plus);
    }

    /** Moves to this offset from where the clock would stand unmoved (zero puts it back). */
    public void setOffset(Duration to) {
        offset.set(to);
    }

    /** Stands still at this instant from now on. */
    public void set(Instant instant) {
        base.set(instant);
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        Instant standing = base.get();
        return (standing == null ? Instant.now() : standing).plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
