package com.estate.gateway.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

/**
 * The gateway's commons-logging adapter (commons-logging.properties): Spring's lazy debug messages are rendered only
 * when their level is on, and what is logged still reaches Logback.
 */
class CommonsLoggingAdapterTest {

    @Test
    void aDisabledDebugMessageIsNeverRenderedAndAnEnabledOneReachesLogback() {
        Log log = LogFactory.getLog("com.estate.gateway.logging.AdapterProbe");
        Logger logback = (Logger) LoggerFactory.getLogger("com.estate.gateway.logging.AdapterProbe");
        AtomicInteger rendered = new AtomicInteger();
        Object message = new Object() {
            @Override
            public String toString() {
                rendered.incrementAndGet();
                return "probe";
            }
        };
        Level before = logback.getLevel();
        try {
            logback.setLevel(Level.INFO);
            log.debug(message);
            log.trace(message);
            assertThat(rendered).as("debug is off: the message is not rendered").hasValue(0);

            logback.setLevel(Level.DEBUG);
            log.debug(message);
            assertThat(rendered).as("debug is on: rendered for Logback").hasValue(1);
        } finally {
            logback.setLevel(before);
        }
        assertThat(LogFactory.getFactory().getClass().getName())
                .isEqualTo("org.apache.commons.logging.impl.Log4jApiLogFactory");
    }
}
