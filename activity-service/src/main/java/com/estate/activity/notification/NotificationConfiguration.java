package com.estate.activity.notification;

import com.estate.activity.notification.persistence.InboxIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    @Bean
    NotificationTemplates notificationTemplates() {
        return NotificationTemplates.load();
    }

    @Bean
    InboxIndex inboxIndex(MongoTemplate mongo, NotificationProperties properties) {
        return new InboxIndex(mongo, properties.inboxSize());
    }
}
