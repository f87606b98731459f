package com.estate.platform.notification;

import com.estate.platform.outbox.EventsAutoConfiguration;
import com.estate.platform.outbox.OutboxEvents;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** {@link Notifications} for every service. */
@AutoConfiguration(after = EventsAutoConfiguration.class)
public class NotificationAutoConfiguration {

    @Bean
    Notifications notifications(OutboxEvents outboxEvents, Clock clock) {
        return new Notifications(outboxEvents, clock);
    }
}
