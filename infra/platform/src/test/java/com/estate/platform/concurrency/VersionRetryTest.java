package com.estate.platform.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

class VersionRetryTest {

    @Test
    void aLostSaveIsTriedAgainUntilItWins() {
        AtomicInteger attempts = new AtomicInteger();
        String saved = VersionRetry.run(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new OptimisticLockingFailureException("a concurrent writer won");
            }
            return "saved";
        });
        assertThat(saved).isEqualTo("saved");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void itGivesUpAfterItsAttemptsAndOtherFailuresAreNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> VersionRetry.run(() -> {
            attempts.incrementAndGet();
            throw new OptimisticLockingFailureException("always");
        })).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(attempts).hasValue(VersionRetry.ATTEMPTS);

        AtomicInteger once = new AtomicInteger();
        assertThatThrownBy(() -> VersionRetry.run(() -> {
            once.incrementAndGet();
            throw new IllegalStateException("not a version conflict");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(once).hasValue(1);
    }
}
