package com.estate.platform.concurrency;

import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Runs a read-change-save of one document again when its save loses to a concurrent writer (the storage version
 * moved: another request, or the outbox relay removing a published event). Each attempt must read the document
 * afresh. For changes the server makes on its own account (a callback, a settlement step); a client's change with
 * an ETag goes through {@link ConditionalSave}, which answers 412 instead of retrying over someone's edit.
 */
public final class VersionRetry {

    static final int ATTEMPTS = 8;

    private VersionRetry() {
    }

    public static <T> T run(Supplier<T> attempt) {
        for (int tried = 1; ; tried++) {
            try {
                return attempt.get();
            } catch (OptimisticLockingFailureException e) {
                if (tried == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
