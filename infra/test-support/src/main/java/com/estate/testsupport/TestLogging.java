package com.estate.testsupport;

import java.util.function.BooleanSupplier;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;

/**
 * Log levels for the infrastructure that shares the test JVM. The embedded broker logs every partition and
 * group change at INFO, and an unconfigured logback logs at DEBUG: {@link #quietBroker()} covers tests that start
 * it before (or without) Spring Boot's logging; once Boot configures logging, {@link TestLoggingDefaults} keeps
 * the same levels. Does nothing when logback is not the logging backend.
 */
final class TestLogging {

    static final String[] CHATTY_LOGGERS = {"kafka", "org.apache.kafka", "state.change.logger", "de.bwaldvogel"};

    private TestLogging() {
    }

    static void quietBroker() {
        LoggerContext context = logback();
        if (context != null) {
            for (String name : CHATTY_LOGGERS) {
                var logger = context.getLogger(name);
                if (logger.getLevel() == null) {
                    logger.setLevel(Level.WARN);
                }
            }
        }
    }

    /** Runs {@code action} with one logger switched off, e.g. Testcontainers' ERROR report when there is no Docker. */
    static boolean silenced(String loggerName, BooleanSupplier action) {
        LoggerContext context = logback();
        if (context == null) {
            return action.getAsBoolean();
        }
        var logger = context.getLogger(loggerName);
        Level previous = logger.getLevel();
        logger.setLevel(Level.OFF);
        try {
            return action.getAsBoolean();
        } finally {
            logger.setLevel(previous);
        }
    }

    private static LoggerContext logback() {
        try {
            return LoggerFactory.getILoggerFactory() instanceof LoggerContext context ? context : null;
        } catch (LinkageError e) {
            return null;
        }
    }
}
