package com.estate.contracts.delivery;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Which failures of an event listener are transient: the database or the network is down, slow or contended, and
 * the same event will apply once it is back. Consumers retry those without a limit (the partition waits and its
 * lag shows it), because dead-lettering a valid event loses its effect. The gateway and every service decide with
 * this one list.
 *
 * <p>Matched by class name along the cause chain (each class and its superclasses), so this library needs neither
 * Spring nor the MongoDB driver; a test in each consumer checks that every name still resolves to a real class.
 * A {@code DuplicateKeyException} is deliberately not transient: where a race can cause one (two writers creating
 * the same document), the code retries it on the spot; elsewhere it means a unique rule is broken, which waiting
 * cannot fix.
 */
public final class TransientFailures {

    /** Exception types that mean "try again later", and every subclass of them. */
    static final List<String> TRANSIENT_TYPES = List.of(
            // Spring's data-access vocabulary: timeouts, lock and optimistic-locking conflicts, and "the database
            // cannot be reached" (which Spring files as non-transient, but for a consumer it is what an outage
            // looks like: Spring Data MongoDB translates socket errors and server-selection timeouts to it)
            "org.springframework.dao.TransientDataAccessException",
            "org.springframework.dao.RecoverableDataAccessException",
            "org.springframework.dao.DataAccessResourceFailureException",
            // the MongoDB driver, when the exception was not translated (e.g. a MongoClient used directly)
            "com.mongodb.MongoSocketException",
            "com.mongodb.MongoTimeoutException",
            "com.mongodb.MongoExecutionTimeoutException",
            "com.mongodb.MongoOperationTimeoutException",
            "com.mongodb.MongoConnectionPoolClearedException",
            "com.mongodb.MongoServerUnavailableException",
            "com.mongodb.MongoNotPrimaryException",
            "com.mongodb.MongoNodeIsRecoveringException",
            "com.mongodb.MongoStalePrimaryException",
            // Kafka clients: the broker or the partition leader is (still) unavailable
            "org.apache.kafka.common.errors.RetriableException",
            // a bounded wait that ran out (Reactor's timeout(), Future.get) and network calls that failed to connect
            "java.util.concurrent.TimeoutException",
            "java.net.SocketTimeoutException",
            "java.net.ConnectException");

    /** Reactor's {@code block(Duration)} signals a wait that ran out as an IllegalStateException with this text. */
    private static final String REACTOR_BLOCK_TIMEOUT = "Timeout on blocking read";
    private static final int MAX_DEPTH = 32;

    private TransientFailures() {
    }

    /** The fully qualified names matched (with their subclasses); consumers' tests check that each still exists. */
    public static List<String> typeNames() {
        return TRANSIENT_TYPES;
    }

    /** Whether this failure, or any cause of it, is transient. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable cause : chain(failure)) {
            if (cause instanceof IllegalStateException && cause.getMessage() != null
                    && cause.getMessage().startsWith(REACTOR_BLOCK_TIMEOUT)) {
                return true;
            }
            for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
                if (TRANSIENT_TYPES.contains(type.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The simple class names of the failure and its causes, outermost first ({@code A < B < C}), for log lines.
     * Messages are left out on purpose: they can quote the data (a duplicate key, a rejected value).
     */
    public static String describe(Throwable failure) {
        StringJoiner names = new StringJoiner(" < ");
        chain(failure).forEach(cause -> names.add(cause.getClass().getSimpleName()));
        return names.toString();
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && chain.size() < MAX_DEPTH && seen.add(cause);
                cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }
}
