package com.estate.local;

import java.util.Map;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;

/**
 * Console logging of the runtime, configured in code: parsing a logback XML file costs about a second of start-up
 * on two busy cores, and a {@code logback.xml} in this jar would also take over the logging of every Spring Boot
 * test that has it on the classpath. {@code -Dlogback.configurationFile=...} still wins.
 */
final class RuntimeLogging {

    /** Kafka logs every partition and group change at INFO; only warnings and errors are worth reading here. */
    private static final Map<String, Level> LEVELS = Map.of(
            "kafka", Level.WARN,
            "org.apache.kafka", Level.WARN,
            "state.change.logger", Level.WARN,
            // warns at every clean shutdown that the broker's own registration client was already closed
            "org.apache.kafka.clients.NetworkClient", Level.ERROR,
            "de.bwaldvogel", Level.WARN,
            "io.netty", Level.WARN,
            "org.h2", Level.WARN);

    private RuntimeLogging() {
    }

    static void configure() {
        if (System.getProperty("logback.configurationFile") != null
                || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.reset();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setEncoder(encoder);
        console.start();
        var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
    }
}
