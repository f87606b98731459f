package com.estate.platform.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The business clock of an end-to-end test run: the machine's time plus an offset that {@code /internal/clock}
 * sets, so a test can see a deadline pass without waiting for it (infra/ARCHITECTURE.md §7). Only business time
 * moves; token expiry and the outbox's leases keep the machine's time ({@link #unadjusted}).
 */
public final class AdjustableClock extends Clock {

    private final Clock machine;
    private final AtomicReference<Duration> offset;

    public AdjustableClock(Clock machine) {
        this(machine, new AtomicReference<>(Duration.ZERO));
    }

    private AdjustableClock(Clock machine, AtomicReference<Duration> offset) {
        this.machine = Objects.requireNonNull(machine, "machine");
        this.offset = offset;
    }

    /**
     * The clock for what must follow the machine even while business time is moved (leases, retry back-off):
     * {@code clock} itself unless it is an adjustable one.
     */
    public static Clock unadjusted(Clock clock) {
        return clock instanceof AdjustableClock adjustable ? adjustable.machine : clock;
    }

    public Duration offset() {
        return offset.get();
    }

    /** Business time becomes the machine's time plus {@code newOffset} (not added to the previous offset). */
    public void setOffset(Duration newOffset) {
        offset.set(Objects.requireNonNull(newOffset, "newOffset"));
    }

    @Override
    public Instant instant() {
        return machine.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return machine.getZone();
    }

    /** Shares the offset: a clock derived for another zone moves with this one. */
    @Override
    public Clock withZone(ZoneId zone) {
        return new AdjustableClock(machine.withZone(zone), offset);
    }
}
