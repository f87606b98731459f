package com.estate.e2e;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for a state the suite reaches through events (a log-in refused after a move-out, a case moved on by a
 * partner's event, a timeline filled): reads it every 250 ms until it holds, for at most {@link #TIMEOUT}; the
 * failure names what was awaited and the last state read.
 */
final class Eventually {

    static final Duration TIMEOUT = Duration.ofSeconds(90);

    private Eventually() {
    }

    static <T> T until(String what, Supplier<T> read, Predicate<T> reached) {
        return await(what).atMost(TIMEOUT).pollInterval(Duration.ofMillis(250)).until(read::get, reached::test);
    }
}
