package com.estate.platform.clock;

import com.estate.platform.observability.ObservabilityAutoConfiguration;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The business clock: the machine's ({@link ObservabilityAutoConfiguration}) unless {@code app.clock.adjustable}
 * is on, then an {@link AdjustableClock} that {@code /internal/clock} moves (infra/ARCHITECTURE.md §7).
 */
@AutoConfiguration(before = ObservabilityAutoConfiguration.class)
@EnableConfigurationProperties(ClockProperties.class)
public class ClockAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClockAutoConfiguration.class);

    @Bean
    ClockHealthIndicator clockHealthIndicator(Clock clock) {
        return new ClockHealthIndicator(clock);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "app.clock.adjustable", havingValue = "true")
    static class Adjustable {

        @Bean
        AdjustableClock adjustableClock() {
            log.warn("app.clock.adjustable=true: business time can be moved through /internal/clock by a platform"
                    + " administrator. For end-to-end tests only, never in production.");
            return new AdjustableClock(Clock.systemUTC());
        }

        @Bean
        @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
        ClockController clockController(AdjustableClock clock) {
            return new ClockController(clock);
        }
    }
}
