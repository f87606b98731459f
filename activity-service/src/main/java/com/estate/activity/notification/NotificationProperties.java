package com.estate.activity.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code app.notifications.*}.
 *
 * @param inboxSize how many of a recipient's newest entries their inbox lists (older ones stay stored): it bounds
 *                  the inbox document a read loads, also for a community role that receives many requests
 */
@ConfigurationProperties("app.notifications")
public record NotificationProperties(@DefaultValue("1000") int inboxSize) {

    public NotificationProperties {
        if (inboxSize < 1 || inboxSize > 10_000) {
            throw new IllegalArgumentException("app.notifications.inbox-size must be 1 to 10000: " + inboxSize);
        }
    }
}
